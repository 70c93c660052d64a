/// The words professionals use that a parent may not know: the one list the parent summary
/// explains and the recording commands warn about.
///
/// To add a word, add a line: every spelling people write (the longest first: "DNA'd" before
/// "DNA"), what it means in words a parent uses (short enough to go in brackets after the word,
/// and true for any family: "a child", not "your children"), and, if there is one, advice for
/// the person writing it. The advice is only ever shown to workers, never printed for a family.
///
/// Spellings in capitals of up to six letters ("DV", "ICPC") only match in capitals; everything
/// else matches whatever the case. Matches are whole words.
extension Jargon {
    public static let list: [JargonTerm] = [
        // Plans and meetings
        JargonTerm(["initial child protection conference", "initial conference", "ICPC"],
                   means: "the first big meeting about a child's safety"),
        JargonTerm(["review child protection conference", "review conference", "RCPC"],
                   means: "a big meeting to check how the plan is going"),
        JargonTerm(["child protection conference"], means: "a big meeting about a child's safety"),
        JargonTerm(["child protection plan", "CP plan", "CPP", "CP"], means: "a plan to keep a child safe from harm"),
        JargonTerm(["child in need plan", "CIN plan", "CIN"], means: "a plan of help that the family agrees to"),
        JargonTerm(["core group meetings", "core group meeting", "core group"], means: "the smaller group who meet often to make the plan work"),
        JargonTerm(["strategy discussion", "strategy meeting"], means: "a talk between services about what to do next"),
        JargonTerm(["section 47 enquiry", "section 47 enquiries", "section 47", "s.47", "s47"],
                   means: "checks made when someone may be harming a child"),
        JargonTerm(["section 20", "s.20", "s20"], means: "a child staying in council care with the parents' agreement"),
        JargonTerm(["FGC", "family group conference"], means: "a meeting where the family makes its own plan"),
        JargonTerm(["TAF", "team around the family"], means: "the group of services helping a family"),
        JargonTerm(["EHA", "early help assessment"], means: "a look at what help a family needs, before social care is involved"),
        JargonTerm(["MASH", "multi-agency safeguarding hub"], means: "the team that first looks at worries about a child"),
        JargonTerm(["multi-agency", "multiagency"], means: "people from different services"),
        JargonTerm(["de-planned", "de-plan", "deplanned", "deplan", "stepped down to CIN", "step down to CIN", "step-down"],
                   means: "the plan ends or changes to a lighter plan"),
        JargonTerm(["NFA", "no further action"], means: "nothing more will be done"),
        JargonTerm(["conference chair", "chair of the conference", "chair of a conference"], means: "the person who runs the meeting"),
        JargonTerm(["advocate"], means: "someone who helps you have your say"),
        JargonTerm(["working days"], means: "Monday to Friday, not counting bank holidays"),
        JargonTerm(["parental responsibility"], means: "the legal rights and duties of a parent"),

        // Court and the council's legal steps
        JargonTerm(["PLO", "public law outline"], means: "the steps before the council may go to court"),
        JargonTerm(["legal gateway", "legal planning meeting", "LPM"],
                   means: "a meeting where the council decides whether to ask its lawyers about court"),
        JargonTerm(["letter before proceedings", "pre-proceedings"],
                   means: "a letter saying the council is thinking about going to court"),
        JargonTerm(["care proceedings"], means: "a court case about whether a child should be taken into care"),
        JargonTerm(["EPO", "emergency protection order"], means: "a short court order to keep a child safe in an emergency"),
        JargonTerm(["ICO", "interim care order"], means: "a court order that lasts while a court case goes on"),
        JargonTerm(["SGO", "special guardianship order"], means: "a court order that lets a relative or friend bring up a child"),
        JargonTerm(["LAC", "CLA", "looked after child"], means: "in the council's care"),
        JargonTerm(["non-molestation order"], means: "a court order that stops someone harming or pestering a person"),
        JargonTerm(["escalation", "escalated", "escalate"], means: "moving to a more serious step",
                   advice: "Say what the next step is, and what would lead to it."),
        JargonTerm(["threshold met", "meets threshold", "met threshold", "above threshold"],
                   means: "the worry is serious enough for the council to act"),
        JargonTerm(["threshold not met", "below threshold"], means: "the worry is not serious enough for the council to act"),
        JargonTerm(["threshold for"], means: "the level of worry needed for"),

        // Harm
        JargonTerm(["significant harm"], means: "serious harm"),
        JargonTerm(["emotional harm"], means: "harm to how a child feels and grows"),
        JargonTerm(["hidden harm"], means: "harm that is hard to see, such as from a parent's drinking or drug use"),
        JargonTerm(["DV", "DA", "domestic violence"], means: "domestic abuse"),
        JargonTerm(["CSE"], means: "child sexual exploitation: when a child is groomed and abused"),
        JargonTerm(["CCE"], means: "child criminal exploitation: when a child is made to commit crime"),
        JargonTerm(["safeguarding"], means: "keeping children safe"),

        // How workers describe parents: advice for the writer, a plain meaning for the reader
        JargonTerm(["non-engagement", "non engagement", "not engaging", "disengaged", "disengagement"],
                   means: "not taking part, such as missing visits or meetings",
                   advice: "Say what actually happened: which visits or meetings were missed, and why."),
        JargonTerm(["disguised compliance"], means: "seeming to go along with the plan but not really changing",
                   advice: "Say what was agreed, and what was seen that gives the worry."),
        JargonTerm(["sustained change"], means: "change that lasts", advice: "Say what needs to be seen, and for how long."),
        JargonTerm(["demonstrate"], means: "show", advice: "Write \"show\"."),
        JargonTerm(["engage with services", "engage with support", "engage with professionals"], means: "take part in the help offered",
                   advice: "Say which help, and what taking part means: going to appointments, letting the worker in."),
        JargonTerm(["protective capacity", "protective factors"], means: "what helps a parent keep a child safe",
                   advice: "Say what the parent does, or could do, that keeps the child safe."),
        JargonTerm(["work openly and honestly", "work openly"], means: "tell workers the truth about what is happening",
                   advice: "Say what needs to be shared, and with whom."),
        JargonTerm(["presented as", "presenting as"], means: "seemed", advice: "Say what was seen or heard."),
        JargonTerm(["presented with", "presenting with"], means: "was seen to have", advice: "Say what was seen: \"Amy had a bruise on her arm\"."),
        JargonTerm(["hypervigilance", "hypervigilant"], means: "always on edge, watching for danger",
                   advice: "Say what the child did that showed it."),
        JargonTerm(["unkempt"], means: "untidy or not clean", advice: "Say what was seen: dirty clothes, uncombed hair."),
        JargonTerm(["direct work"], means: "time a worker spends with a child, talking and playing, to hear what they think"),
        JargonTerm(["undertake"], means: "do", advice: "Write \"do\"."),
        JargonTerm(["minimises", "minimising", "minimised", "minimise"], means: "makes something seem less serious than it is",
                   advice: "Say what was said, in the person's words."),
        JargonTerm(["prioritise", "prioritising"], means: "put first", advice: "Write \"put first\"."),
        JargonTerm(["DNA'd", "DNAd", "DNA"], means: "did not come to an appointment",
                   advice: "Say which appointment was missed and what the parent said about it."),
        JargonTerm(["appts", "appt"], means: "appointments", advice: "Write \"appointments\"."),
        JargonTerm(["2x"], means: "twice", advice: "Write \"twice\"."),
        JargonTerm(["3x"], means: "three times", advice: "Write \"three times\"."),
        JargonTerm(["re"], means: "about", advice: "Write \"about\"."),
        JargonTerm(["ASAP"], means: "as soon as possible"),

        // People and services
        JargonTerm(["SW"], means: "social worker"),
        JargonTerm(["HV", "health visitor"], means: "a nurse who supports families with young children"),
        JargonTerm(["FSW", "family support worker"], means: "someone who visits to help with daily family life"),
        JargonTerm(["DSL", "designated safeguarding lead"], means: "the person at a school or nursery in charge of keeping children safe"),
        JargonTerm(["LADO"], means: "the person who looks into worries about adults who work with children"),
        JargonTerm(["IRO"], means: "an independent person who checks the plan for a child in care"),
        JargonTerm(["IDVA", "independent domestic violence adviser"], means: "someone who helps people at risk from domestic abuse"),
        JargonTerm(["CAMHS"], means: "the NHS service for children's mental health"),
        JargonTerm(["SALT", "SLT"], means: "speech and language therapy"),
        JargonTerm(["ASQ"], means: "a check of how a young child is growing and learning"),
        JargonTerm(["CPOMS"], means: "the computer system a school uses to record worries about children"),
        JargonTerm(["EHCP"], means: "a plan for a child's special educational needs"),
        JargonTerm(["SEND", "SEN"], means: "special educational needs"),
        JargonTerm(["contact centre"], means: "a safe place where a child can spend time with a parent"),
        JargonTerm(["perpetrator programme"], means: "a course for people who have been abusive, to help them change"),
        JargonTerm(["Freedom Programme"], means: "a course for women who have lived with domestic abuse"),

        // Family members written as letters
        JargonTerm(["MGM"], means: "the mother's mother"),
        JargonTerm(["MGF"], means: "the mother's father"),
        JargonTerm(["PGM"], means: "the father's mother"),
        JargonTerm(["PGF"], means: "the father's father"),
        JargonTerm(["M"], means: "mother", onlyBeforeLowercaseWord: true),
        JargonTerm(["F"], means: "father", onlyBeforeLowercaseWord: true),
    ]

    /// Abbreviations nearly everyone knows: never flagged as unexplained.
    public static let familiarAbbreviations: Set<String> = [
        "GP", "NHS", "UK", "OK", "TV", "PE", "ID", "AM", "PM", "A&E", "BBC", "MP", "DVD", "PIN", "SMS", "NSPCC", "DWP",
    ]
}
