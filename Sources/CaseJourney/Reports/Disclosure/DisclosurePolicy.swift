/// The one place that decides what a family member may read. Every output written for a family
/// member asks it about every item that carries free text (through `ReaderView`): may this
/// reader see this item, and if not, why.
///
/// An item is withheld when a worker marked it not for the family or private from the reader;
/// when it belongs to, was held by, or was said by an adult or professional kept from the reader;
/// when it is another adult's own part (their actions, their views, what they said where the
/// reader was not); when it is a child's words the child did not agree to share with this
/// reader; when it names someone kept from the reader or holds a detail kept from them; and when
/// the policy cannot tell who it belongs to. Withheld is the default: an item is shown only when
/// no rule applies.
public struct DisclosurePolicy: Sendable {
    /// Why an item was left out.
    public enum Rule: String, CaseIterable, Sendable, Codable {
        case markedNotForFamily = "marked not for the family"
        case markedPrivate = "marked private from the reader"
        case cannotTell = "cannot tell whose it is"
        case belongsToKeptPerson = "belongs to or was held by someone kept from the reader"
        case anotherAdultsOwn = "another adult's own part"
        case childsWords = "a child's words not shared with the reader"
        case namesKeptPerson = "names someone kept from the reader"
        case holdsKeptDetail = "holds a detail kept from the reader"
    }

    /// The person the output is for; nil for the professionals' view, which shows everything.
    public let reader: Person?
    /// People kept from the reader: adults (and what they hold), by id.
    public let keptPeople: [Person]
    /// Professionals and services kept from the reader, by id.
    public let keptProfessionals: [Professional]
    /// The details to look for in free text.
    public let matcher: DetailMatcher
    /// Rules switched off: only for tests that prove each rule catches something.
    let disabled: Set<Rule>
    private let value: Case

    /// `value` is the case as recorded (withdrawn records included: a duplicate's details, and
    /// details as they were before a correction, stay kept).
    public init(case value: Case, reader: Person?) {
        self.init(case: value, reader: reader, disabling: [])
    }

    init(case value: Case, reader: Person?, disabling disabled: Set<Rule>) {
        self.value = value
        self.reader = reader
        self.disabled = disabled
        guard let reader else {
            keptPeople = []
            keptProfessionals = []
            matcher = DetailMatcher([])
            return
        }
        let kept = Set(value.people.filter { $0.id != reader.id && $0.isConfidential(from: reader.id) }.map(\.id))
        // A duplicate withdrawn as the same as someone kept is that same person.
        let hiddenPeople = value.people.filter { kept.contains($0.id) || ($0.withdrawal?.sameAs).map(kept.contains) == true }
        keptPeople = hiddenPeople.filter { !$0.isChild }
        keptProfessionals = value.professionals.filter { $0.isConfidential(from: reader.id) }
        let hiddenIDs = Set(hiddenPeople.map(\.id)), keptProfessionalIDs = Set(keptProfessionals.map(\.id))
        // Everyone else's names: never taken for a kept person's, and never a kept surname.
        let otherNames = value.people.filter { !hiddenIDs.contains($0.id) }.map(\.name)
            + value.professionals.filter { !keptProfessionalIDs.contains($0.id) }.map(\.name)
            + value.allocations.flatMap { [$0.worker] + [$0.manager].compactMap { $0 } }
        let sharedWords = Set(otherNames.flatMap(NormalisedText.words(of:)) + NormalisedText.words(of: value.familyName))
        var details: [KeptDetail] = []
        // Names first, so the worker's list says who an item names before where it points.
        let otherInitialled = Set(otherNames.compactMap(DisclosurePolicy.initialled))
        for person in keptPeople {
            details += DisclosurePolicy.names(person.name, earlier: DisclosurePolicy.earlier("name", of: person), shared: sharedWords,
                                              otherInitialled: otherInitialled)
            // "Mother's non-engagement", "mum said": a kept parent is named by their part in the
            // family as surely as by their name.
            details += DisclosurePolicy.roleWords[person.role, default: []].map { KeptDetail(.name, label: person.name, value: $0) }
        }
        for professional in keptProfessionals {
            details += DisclosurePolicy.names(professional.name, earlier: DisclosurePolicy.earlier("name", of: professional), shared: sharedWords,
                                              otherInitialled: otherInitialled)
        }
        for person in hiddenPeople {
            details += DisclosurePolicy.contactDetails(person.contact, earlier: person.correctionList, of: person.name)
        }
        for professional in keptProfessionals {
            details += DisclosurePolicy.contactDetails(professional.contact, earlier: professional.correctionList, of: professional.name)
            for agency in [professional.agency] + DisclosurePolicy.earlier("agency", of: professional) {
                details.append(KeptDetail(.agency, label: "the agency of \(professional.name)", value: agency))
            }
        }
        matcher = DetailMatcher(details, otherNames: otherNames)
    }

    /// True for the professionals' view.
    public var showsEverything: Bool { reader == nil }

    /// Nil when `item` may be shown to the reader; otherwise the rule that withholds it, with the
    /// particulars ("Gemma Evans's address").
    public func withholding(_ item: DisclosureItem) -> Withholding? {
        guard let reader else { return nil }
        func rule(_ rule: Rule, _ detail: String?) -> Withholding? {
            disabled.contains(rule) ? nil : Withholding(rule: rule, detail: detail)
        }
        if item.notForFamily, let found = rule(.markedNotForFamily, nil) { return found }
        if item.privateFrom.contains(reader.id), let found = rule(.markedPrivate, nil) { return found }
        if let unknown = item.unresolved, let found = rule(.cannotTell, unknown) { return found }
        if let kept = keptPeople.first(where: { item.involvedPeople.contains($0.id) }),
           let found = rule(.belongsToKeptPerson, kept.name) { return found }
        // Recorded by someone kept from the reader: their words, whatever they say.
        if let author = item.recordedBy.lazy.compactMap({ self.matcher.firstMatch(in: $0) }).first(where: { $0.kind == .name }),
           let found = rule(.belongsToKeptPerson, author.label) { return found }
        if let kept = keptProfessionals.first(where: { item.professionals.contains($0.id) }),
           let found = rule(.belongsToKeptPerson, kept.name) { return found }
        if let other = otherAdultOwner(of: item), let found = rule(.anotherAdultsOwn, other.name) { return found }
        if let words = item.childsWords, !mayRead(words), let found = rule(.childsWords, childsWordsReason(words)) { return found }
        for text in item.texts {
            guard let detail = matcher.firstMatch(in: text) else { continue }
            let rule = detail.kind == .name ? Rule.namesKeptPerson : Rule.holdsKeptDetail
            if let found = self.rule(rule, detail) { return found }
        }
        return nil
    }

    /// The detail `text` holds that the reader must not see, if any: the same rules as for items,
    /// for the last check of a finished document.
    public func keptDetail(in text: String) -> KeptDetail? {
        guard reader != nil, let detail = matcher.firstMatch(in: text) else { return nil }
        return disabled.contains(detail.kind == .name ? .namesKeptPerson : .holdsKeptDetail) ? nil : detail
    }

    private func rule(_ rule: Rule, _ detail: KeptDetail) -> Withholding? {
        disabled.contains(rule) ? nil : Withholding(rule: rule, detail: detail.label)
    }

    /// An adult other than the reader whose own part the item is, unless the reader shares it
    /// (an action they carry out together) or heard it (they were at the meeting).
    private func otherAdultOwner(of item: DisclosureItem) -> Person? {
        guard let reader else { return nil }
        let owners = item.ownedBy.compactMap { value.person(withID: $0) }.filter { !$0.isChild }
        if !owners.isEmpty, !owners.contains(where: { $0.id == reader.id }) { return owners.first }
        let speakers = item.saidBy.compactMap { value.person(withID: $0) }.filter { !$0.isChild && $0.id != reader.id }
        if let speaker = speakers.first, !item.heardBy.contains(reader.id) { return speaker }
        return nil
    }

    /// Children's words go to their parents (a mother, father, carer, or anyone with parental
    /// responsibility), and only where the child agreed.
    private func mayRead(_ words: DisclosureItem.ChildsWords) -> Bool {
        guard let reader, words.agreed else { return false }
        return [.mother, .father, .carer].contains(reader.role) || reader.parentalResponsibility == true
    }

    private func childsWordsReason(_ words: DisclosureItem.ChildsWords) -> String {
        let name = value.person(withID: words.child)?.firstName ?? words.child
        return words.agreed ? "\(name)'s words go only to their parents" : "\(name) did not agree to share it"
    }

    // MARK: Details

    static let contactFields: [String: KeptDetail.Kind] = [
        "address": .place, "phone": .phone, "email": .email, "school": .institution, "workplace": .institution,
    ]

    /// Every contact detail, now and before any correction.
    static func contactDetails(_ contact: ContactDetails?, earlier corrections: [Correction], of name: String) -> [KeptDetail] {
        let now = (contact?.labelledValues ?? []).map { label, value in
            KeptDetail(contactFields[label] ?? .place, label: "\(name)'s \(label)", value: value)
        }
        let before = corrections.flatMap(\.changes).compactMap { change -> KeptDetail? in
            guard let kind = contactFields[change.field], let was = change.was else { return nil }
            return KeptDetail(kind, label: "\(name)'s earlier \(change.field)", value: was)
        }
        return now + before
    }

    /// The values `field` had before corrections.
    static func earlier(_ field: String, of record: some Correctable) -> [String] {
        record.correctionList.flatMap(\.changes).filter { $0.field == field }.compactMap(\.was)
    }

    /// The words that name someone by their part in the family, for the parts a reader could be
    /// kept from: the children's parents and their partners.
    static let roleWords: [PersonRole: [String]] = [
        .mother: ["mother", "mum", "mummy", "mam", "mom"],
        .father: ["father", "dad", "daddy"],
        .stepParent: ["stepmother", "stepfather", "step-mum", "step-dad", "stepmum", "stepdad"],
        .partner: ["partner", "ex-partner", "girlfriend", "boyfriend"],
    ]

    /// A kept person's names: the full name, and each part of it (a first name, a surname, a
    /// middle name) that no one else in the case shares, now and before any correction.
    static func names(_ name: String, earlier: [String], shared: Set<String>, otherInitialled: Set<String> = []) -> [KeptDetail] {
        var found: [KeptDetail] = []
        for spelling in [name] + earlier {
            found.append(KeptDetail(.name, label: name, value: spelling))
            // "G. Evans", "Ms G Evans": the first initial and the surname, unless someone else's
            // name reads the same way.
            if let initialled = initialled(spelling), !otherInitialled.contains(initialled) {
                found.append(KeptDetail(.name, label: name, value: initialled))
            }
            let words = spelling.split(whereSeparator: \.isWhitespace).map(String.init)
            for (index, word) in words.enumerated() where words.count > 1 {
                let folded = NormalisedText.words(of: word)
                // The first name always counts; another part only when nobody else has it.
                guard index == 0 || !folded.contains(where: shared.contains) else { continue }
                if folded.joined().count >= 2 { found.append(KeptDetail(.name, label: name, value: word)) }
            }
        }
        return found
    }

    /// A name as its first initial and last word ("g evan" for Gemma Evans); nil for one word.
    static func initialled(_ name: String) -> String? {
        let words = NormalisedText.words(of: name)
        guard words.count > 1, let first = words.first?.first, let last = words.last, last.count >= 2 else { return nil }
        return "\(first) \(last)"
    }
}

/// Why one item was left out.
public struct Withholding: Sendable, Equatable {
    public var rule: DisclosurePolicy.Rule
    /// The particulars, when the rule has any: "Gemma Evans's address", "Dean Price".
    public var detail: String?

    /// "holds a detail kept from the reader: Gemma Evans's address".
    public var description: String { detail.map { "\(rule.rawValue): \($0)" } ?? rule.rawValue }
}

/// Anything with free text that an output for a family member might show, as the policy sees
/// it: its words, whose it is, who said it, and how a worker marked it.
public struct DisclosureItem: Sendable {
    public struct ChildsWords: Sendable, Equatable {
        public var child: String
        public var agreed: Bool
    }

    /// "worry", "action", "reason for a change to action a3", for the worker's list.
    public var kind: String
    /// The record's id.
    public var id: String
    /// Every piece of free text it would show.
    public var texts: [String]
    /// People whose part it is now: the family owners of an action, by id.
    public var ownedBy: [String] = []
    /// People whose part it ever was (an action once in their hands), by id.
    public var heldBy: [String] = []
    /// People who said it, by id.
    public var saidBy: [String] = []
    /// People who were there when it was said (so heard it anyway), by id.
    public var heardBy: [String] = []
    /// Professionals it belongs to or was given by, by id.
    public var professionals: [String] = []
    /// Set when it is a child's own words.
    public var childsWords: ChildsWords?
    /// Who wrote it down, as recorded ("Sam Okafor"): the words of someone kept from the reader
    /// are theirs, whatever they say.
    public var recordedBy: [String] = []
    public var privateFrom: [String] = []
    public var notForFamily = false
    /// Set when it names people the case does not have, so nobody can tell whose it is.
    public var unresolved: String?

    public init(kind: String, id: String, texts: [String]) {
        self.kind = kind
        self.id = id
        self.texts = texts
    }

    /// Everyone the item belongs to, was held by, or was said by.
    var involvedPeople: [String] { ownedBy + heldBy + saidBy }

    /// The item with a record's marking.
    func marked(_ record: some PrivacyMarked) -> DisclosureItem {
        var item = self
        item.privateFrom += record.markedPrivateFrom
        item.notForFamily = item.notForFamily || record.isNotForFamily
        return item
    }
}
