import ArgumentParser
import CaseJourney

extension CJ {
    struct AssessmentGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assessment",
            abstract: "Record assessments after a referral: the start, the manager's authorisation, the factors found.",
            discussion: """
                An assessment is due within the team's timescale from the referral (45 working \
                days, as Working Together sets, unless the settings say otherwise, or `cj case \
                expect --what assessment` gives the one running now longer, with a reason); one \
                past it shows in `cj due`.

                Examples:
                  cj assessment start BRO-02 --referral ref1 --date 2026-11-23
                  cj assessment complete HAL-08 as1 --factor 3B --factor 11A --date 2026-11-23
                  cj assessment withdraw ASH-01 as2 --reason "Started twice"
                """,
            subcommands: [Start.self, Complete.self, Withdraw.self])
    }
}

extension CJ.AssessmentGroup {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Start an assessment on a referral and print its id.",
            discussion: """
                Example:
                  cj assessment start BRO-02 --referral ref1 --date 2026-11-23
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
            commandName: "complete",
            abstract: "Record the day a manager authorised an assessment, and the factors it found.",
            discussion: """
                --factor takes the census's codes, repeatable: a number for the factor (1 alcohol, \
                2 drugs, 3 domestic abuse, 4 mental health, 5 learning disability, 6 physical \
                illness or disability, 10 neglect, 11 emotional abuse, 12 physical abuse, 13 \
                sexual abuse, 20 other, and the rest in the census guide) with a letter where \
                the code has one (A the child, B a parent, C another person); 21 means no \
                factors were found, and stands alone.

                Example:
                  cj assessment complete HAL-08 as1 --factor 3B --factor 11A --date 2026-11-23
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
            commandName: "withdraw",
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
