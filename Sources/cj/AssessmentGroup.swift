import ArgumentParser
import CaseJourney

extension CJ {
    struct AssessmentGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assessment",
            abstract: "Record assessments after a referral: the start, the manager's authorisation, the factors found.",
            discussion: """
                An assessment is due within the team's timescale (45 working days unless the \
                settings or `cj case expect --what assessment` say otherwise, with a reason); one \
                past it shows in `cj due`.

                Examples:
                  cj assessment start ASH-01 --referral ref1 --date 2026-05-12
                  cj assessment complete ASH-01 as1 --factor 3B --factor 2B --date 2026-06-19
                  cj assessment withdraw ASH-01 as2 --reason "Started twice"
                """,
            subcommands: [Start.self, Complete.self, Withdraw.self])
    }
}

extension CJ.AssessmentGroup {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start an assessment on a referral and print its id.",
            discussion: """
                Example:
                  cj assessment start ASH-01 --referral ref1 --date 2026-05-12
                """)

        @Argument(help: "The case id.") var caseID: String
        @Option(help: ArgumentHelp("The referral it follows.", valueName: "referral-id")) var referral: String
        @Option(help: ArgumentHelp("The day it started (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            let updated = try storeOptions.caseStore.update(caseID, by: author) { value throws(CaseJourneyError) in
                try value.startAssessment(referral, on: date ?? .today(), by: author)
            }
            Output.line(updated.assessments.last!.id)
        }
    }

    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the day a manager authorised an assessment, and the factors it found.",
            discussion: """
                --factor takes the census's codes (3B domestic abuse: the parent, 18C, ...), \
                repeatable; 21 means no factors were found, and stands alone.

                Example:
                  cj assessment complete ASH-01 as1 --factor 3B --factor 2B --date 2026-06-19
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The assessment's id.") var assessmentID: String
        @Option(help: ArgumentHelp("A factor found, as the census's code (repeatable).", valueName: "code")) var factor: [String] = []
        @Option(help: ArgumentHelp("The day it was authorised (default: today).", valueName: "YYYY-MM-DD")) var date: CalendarDate?
        @OptionGroup var authorOptions: AuthorOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let author = authorOptions.author
            try storeOptions.change(caseID, by: author) { value throws(CaseJourneyError) in
                try value.completeAssessment(assessmentID, on: date ?? .today(), factors: factor, by: author)
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw an assessment recorded in error, saying why.",
            discussion: """
                Example:
                  cj assessment withdraw ASH-01 as2 --reason "Started twice"
                """)

        @Argument(help: "The case id.") var caseID: String
        @Argument(help: "The assessment's id.") var assessmentID: String
        @OptionGroup var withdrawal: WithdrawalOptions

        func run() throws {
            try withdrawal.withdraw(assessmentID, from: caseID, kinds: [.assessment])
        }
    }
}
