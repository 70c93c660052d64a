import ArgumentParser
import CaseJourney

extension CJ.ConferenceGroup {
    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "share",
            abstract: "Record that a report was given to each named parent, on a day.",
            discussion: """
                Each parent counts on their own: a report given to the mother has not been given \
                to the father. Once every parent has it, the report counts as shared with the \
                parents.

                Example:
                  cj conference share BRO-02 c2 rep1 --with Leah --with Marcus --date 2026-11-18
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id.") var conferenceID: String
        @Argument(help: "The report's id (see `cj conference list`).") var reportID: String
        @Option(help: ArgumentHelp("A parent (or another adult in the family) given it (repeatable).", valueName: "person")) var with: [String] = []
        @Option(help: ArgumentHelp("The day they were given it (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.shareReport(conference: conferenceID, report: reportID, with: with, on: date ?? .today())
            }
        }
    }

    struct Arrange: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arrange",
            abstract: "Record what was arranged so the family can take part: interpreter, childcare, travel, the chair's pre-meeting.",
            discussion: """
                Examples:
                  cj conference arrange BRO-02 c2 --pre-meeting-offered 2026-11-16 --childcare-offered --travel-offered
                  cj conference arrange BRO-02 c2 --interpreter Portuguese
                  cj conference arrange BRO-02 c2 --interpreter-arrived-late --interpreter-left-before-decision
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id.") var conferenceID: String
        @Option(help: ArgumentHelp("An interpreter was booked for this language.", valueName: "language")) var interpreter: String?
        @Flag(name: .customLong("interpreter-not-booked"), help: "No interpreter could be booked.") var interpreterNotBooked = false
        @Flag(name: .customLong("interpreter-arrived-late"), help: "The interpreter arrived after the start.") var arrivedLate = false
        @Flag(name: .customLong("interpreter-left-before-decision"), help: "The interpreter left before the decision.")
        var leftBeforeDecision = false
        @Flag(name: .customLong("interpreter-at-pre-meeting"), inversion: .prefixedNo, help: "Whether the interpreter was at the pre-meeting.")
        var atPreMeeting: Bool?
        @Flag(name: .customLong("childcare-offered"), inversion: .prefixedNo, help: "Whether help with childcare was offered.")
        var childcareOffered: Bool?
        @Flag(name: .customLong("travel-offered"), inversion: .prefixedNo, help: "Whether help with travel was offered.")
        var travelOffered: Bool?
        @Option(name: .customLong("pre-meeting-offered"), help: ArgumentHelp("The day the chair's pre-meeting was offered.", valueName: "YYYY-MM-DD"))
        var preMeetingOffered: CalendarDate?
        @Option(name: .customLong("pre-meeting-held"), help: ArgumentHelp("The day it was held.", valueName: "YYYY-MM-DD"))
        var preMeetingHeld: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let request = ConferenceArrangements(
                interpreterLanguage: interpreter, interpreterBooked: interpreterNotBooked ? false : interpreter != nil ? true : nil,
                interpreterArrivedLate: arrivedLate ? true : nil, interpreterLeftBeforeDecision: leftBeforeDecision ? true : nil,
                interpreterAtPreMeeting: atPreMeeting, childcareOffered: childcareOffered, travelOffered: travelOffered,
                preMeetingOffered: preMeetingOffered, preMeetingHeld: preMeetingHeld)
            try storeOptions.change(caseID, by: authorOptions.author) { value throws(CaseJourneyError) in
                try value.arrangeConference(conferenceID, request, today: .today())
            }
        }
    }

    struct Attendance: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: "Record whether someone came to a conference; for a parent who did not, why, and whether their views were sent.",
            discussion: """
                Say what happened (--absence-reason work, no-childcare, illness, not-told-in-time, \
                travel, chose-not-to, not-known, other, and --reason-text in their words): a \
                label such as "disengaged" is refused.

                Examples:
                  cj conference attendance BRO-02 c2 Leah --attended
                  cj conference attendance BRO-02 c2 Marcus --did-not-attend --absence-reason work --reason-text "On a night shift; no cover" --views-sent --helped-by "Northtown Parents' Advocacy"
                  cj conference attendance BRO-02 c2 tom --left-early "11:40, before the decision"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id.") var conferenceID: String
        @Argument(help: "Who: a person or professional in the case, or \"Name (Agency)\".") var who: String
        @Flag(help: "They came.") var attended = false
        @Flag(help: "They sent apologies.") var apologies = false
        @Flag(name: .customLong("did-not-attend"), help: "They did not come.") var didNotAttend = false
        @Option(name: .customLong("left-early"), help: ArgumentHelp("They left early: when.", valueName: "when")) var leftEarly: String?
        @Option(name: .customLong("absence-reason"), help: "Why they were not there.") var absenceReason: AbsenceReason?
        @Option(name: .customLong("reason-text"), help: ArgumentHelp("Why, in their words.", valueName: "text")) var reasonText: String?
        @Flag(name: .customLong("views-sent"), inversion: .prefixedNo, help: "Whether their views reached the conference.")
        var viewsSent: Bool?
        @Option(name: .customLong("helped-by"), help: ArgumentHelp("Who helped them prepare their views.", valueName: "name"))
        var helpedBy: String?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard [attended, apologies, didNotAttend, leftEarly != nil].filter({ $0 }).count == 1 else {
                throw ValidationError("Give exactly one of --attended, --apologies, --did-not-attend or --left-early WHEN.")
            }
        }

        func run() throws {
            let status: AttendanceStatus = attended ? .attended : apologies ? .apologies : didNotAttend ? .didNotAttend : .leftEarly
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.recordAttendance(conference: conferenceID, who, status: status, reason: absenceReason, reasonText: reasonText,
                                           left: leftEarly, viewsSent: viewsSent, helpedBy: helpedBy, by: author, today: .today())
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a conference is fair to the family: before it, what to arrange; after it, what went wrong.",
            discussion: """
                Before: each report given to each parent in time, the chair's pre-meeting, an \
                interpreter a parent needs, help with childcare and travel. After: who did not \
                come and why, whether their views reached it, the interpreter, reports that never \
                came, who left before the decision. Exits 0 either way; `cj due` shows the same.

                Examples:
                  cj conference check BRO-02 c2 --as-of 2026-11-23
                  cj conference check BRO-02 c2 --format json
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id.") var conferenceID: String
        @Option(help: "text or json.") var format: DocumentFormat = .text
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let value = try store.read(caseID)
            guard let conference = value.conferences.inForce.first(where: { $0.id == conferenceID }) else {
                throw CaseJourneyError.usage("Case \(caseID) has no conference \(conferenceID); `cj conference list \(caseID)` shows them.")
            }
            let flags = ConferenceCheck(settings: try store.settings()).flags(for: conference, in: value, asOf: asOf.date)
            if format == .json {
                try Output.json(flags.map { FlagRow(when: $0.when.rawValue, person: $0.person, message: $0.message) })
                return
            }
            if let cancellation = conference.cancellation {
                return Output.line("The \(conference.title) \(conference.id) on \(conference.date) was cancelled on \(cancellation.date) "
                    + "(\(cancellation.reason)); check the conference booked in its place.")
            }
            Output.line("The \(conference.title) \(conference.id) on \(conference.date), as of \(asOf.date):")
            if flags.isEmpty { return Output.line("  Nothing to put right.") }
            for when in [ConferenceFlag.When.before, .after] {
                let some = flags.filter { $0.when == when }
                guard !some.isEmpty else { continue }
                Output.line(when == .before ? "Before the conference:" : "At and after the conference:")
                for flag in some { Output.line("  - " + flag.message) }
            }
        }
    }
}

/// One flag of `cj conference check --format json`, its keys always in this order.
private struct FlagRow: Encodable {
    var when: String
    var person: String?
    var message: String
}

extension CJ.ConferenceGroup {
    struct Pack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pack",
            abstract: "Gather what the chair and the family need before a conference into one pack.",
            discussion: """
                Each action with its status and evidence, other evidence of progress, requests to \
                correct a record, each report and when each parent had it, the family's views, \
                what is arranged for the meeting, and the plan's changes since the last \
                conference with their reasons. Without --for it is the professionals' pack, not \
                for the family; with --for it is that person's, and passes the same disclosure \
                policy as their plan summary.

                Examples:
                  cj conference pack BRO-02 c2 --as-of 2026-11-23
                  cj conference pack BRO-02 c2 --for Leah --format html > leah-pack.html
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The conference's id.") var conferenceID: String
        @Option(name: .customLong("for"), help: ArgumentHelp("A family member the pack is for.", valueName: "person")) var reader: String?
        @Option(help: "text, markdown or html.") var format: CJ.PlanGroup.Summary.Format = .text
        @OptionGroup var asOf: AsOfOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = storeOptions.caseStore
            let pack = try ConferencePack(case: try store.read(caseID), conference: conferenceID, for: reader,
                                          settings: try store.settings(), asOf: asOf.date)
            let document = pack.build()
            switch format {
            case .text: Output.text(SummaryTextRenderer.render(document))
            case .markdown: Output.text(SummaryMarkdownRenderer.render(document))
            case .html: Output.text(SummaryHTMLRenderer.render(document))
            }
        }
    }
}
