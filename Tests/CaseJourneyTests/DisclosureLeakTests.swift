@testable import CaseJourney
import Foundation
import Testing

/// The generated leak test: households built with the library's own API, kept details and their
/// variants in every text field there is, and the father's summary in every format checked for
/// every one of them. A new text field without a disclosure rule, or a rule taken out of the
/// policy, makes it fail.
@Suite struct DisclosureLeakTests {
    static let seeds: [UInt64] = Array(1...16)
    static let asOf = date("2026-11-23")

    /// Every output of the father's summary, with HTML's escaped characters read back.
    private func outputs(_ document: SummaryDocument) -> [String] {
        let html = SummaryHTMLRenderer.render(document)
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return [SummaryTextRenderer.render(document), SummaryMarkdownRenderer.render(document), html, document.allText]
    }

    /// What of the household's kept items and details reached the output.
    private func leaks(_ household: LeakHousehold, in document: SummaryDocument) -> [String] {
        var found: Set<String> = []
        for output in outputs(document) {
            let lowered = output.lowercased()
            for canary in household.withheld where lowered.contains(canary) { found.insert("item \(canary)") }
            let words = Set(lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            for fragment in household.fragments {
                let leaked = fragment.contains(" ") ? lowered.contains(fragment) : words.contains(fragment)
                if leaked { found.insert("detail \(fragment)") }
            }
            let joined = output.filter { !" -+().\u{200B}\u{00A0}".contains($0) }
            let runs = joined.split(whereSeparator: { !$0.isNumber }).map(String.init)
            if runs.contains(where: { $0.contains(household.phoneDigits) }) { found.insert("phone \(household.phoneDigits)") }
        }
        return found.sorted()
    }

    private func fatherSummary(_ household: LeakHousehold, disabling rules: Set<DisclosurePolicy.Rule> = []) throws -> SummaryDocument {
        let value = household.value.inForce
        let father = try value.person(household.reader)
        let plan = try value.planForReport(nil)
        let policy = DisclosurePolicy(case: household.value, reader: father, disabling: rules)
        return PlanSummaryBuilder(case: value, plan: plan, reader: father, settings: StoreSettings(), asOf: Self.asOf, policy: policy).build()
    }

    @Test(arguments: seeds)
    func noKeptItemOrDetailReachesTheFather(_ seed: UInt64) throws {
        let household = try LeakHousehold(seed: seed)
        let document = try fatherSummary(household)
        #expect(leaks(household, in: document) == [], "seed \(seed)")
        // What he may see is there: the policy does not simply leave everything out.
        let text = document.allText.lowercased()
        for canary in household.shown { #expect(text.contains(canary), "seed \(seed): \(canary) was left out") }
        #expect(text.contains("some parts of the plan are private"))
    }

    /// The conference pack for the father passes the same policy: nothing kept reaches it.
    @Test(arguments: seeds)
    func noKeptItemOrDetailReachesTheFathersConferencePack(_ seed: UInt64) throws {
        let household = try LeakHousehold(seed: seed)
        let booked = try #require(household.value.conferences.last { $0.plan != nil })
        let pack = try ConferencePack(case: household.value, conference: booked.id, for: household.reader, settings: StoreSettings(), asOf: Self.asOf)
        #expect(leaks(household, in: pack.build()) == [], "seed \(seed)")
    }

    @Test(arguments: DisclosurePolicy.Rule.allCases)
    func takingAnyRuleOutLetsSomethingThrough(_ rule: DisclosurePolicy.Rule) throws {
        var leaked = false
        for seed in Self.seeds.prefix(4) {
            let household = try LeakHousehold(seed: seed)
            let document = try fatherSummary(household, disabling: [rule])
            if !leaks(household, in: document).isEmpty { leaked = true }
        }
        #expect(leaked, "without \"\(rule.rawValue)\" nothing leaked: the generated households do not test it")
    }

    /// Words run together, by an invisible soft hyphen or by typing, still name the detail: the
    /// reader sees "OrchardRow" and "Gemma2" as plainly as "Orchard Row" and "Gemma".
    @Test func detailsRunTogetherWithOtherWordsAreStillFound() {
        let matcher = DetailMatcher([KeptDetail(.name, label: "Gemma Evans", value: "Gemma Evans"),
                                     KeptDetail(.name, label: "Gemma Evans", value: "Gemma"),
                                     KeptDetail(.place, label: "Gemma Evans's address", value: "12 Orchard Row, Westbury")])
        for text in ["Ryan must not go near Orchard\u{00AD}Row", "Ryan must not go near OrchardRow", "near orchardrow now",
                     "Gemma\u{00AD}Evans is scared", "GemmaEvans is scared", "gemmaevans is scared", "Gemma2 said so"] {
            #expect(matcher.firstMatch(in: text) != nil, "\(text)")
        }
        // Words that merely share letters with the detail are not taken for it.
        for text in ["Ryan walked past the park", "Gemmal Ross came", "Emma said so", "Rowan met Evan"] {
            #expect(matcher.firstMatch(in: text) == nil, "\(text)")
        }
        // A one-word name inside another name written with a capital in the middle is another
        // person; a place inside a longer word is another place.
        let anne = DetailMatcher([KeptDetail(.name, label: "Anne Price", value: "Anne"),
                                  KeptDetail(.place, label: "Anne Price's address", value: "4 Holly Close, Westbury")])
        #expect(anne.firstMatch(in: "JoAnne came to the meeting") == nil)
        #expect(anne.firstMatch(in: "They live on Ivy Close now") == nil)
        #expect(anne.firstMatch(in: "Anne2 was there") != nil)
        #expect(anne.firstMatch(in: "near hollyclose") != nil)
        #expect(anne.firstMatch(in: "at Holly\u{00AD}Close") != nil)
    }

    @Test func everyTextFieldOfTheCaseFileHasADisclosureRule() throws {
        let household = try LeakHousehold(seed: 7)
        var value = household.value
        // Corrections and withdrawals carry text too.
        _ = try value.reword("w1", text: "Reworded", reason: "Typo", by: "Sam", on: Self.asOf)
        _ = try value.withdrawRecord("s1", reason: "Entered twice", by: "Sam", on: Self.asOf, allowed: Case.planRecordKinds)
        _ = try value.endAllocation(on: Self.asOf, reason: "Sam left")
        _ = try value.cancelConference(value.conferences.last!.id, reason: "Chair ill", by: "Sam", on: Self.asOf)
        var strings: [(path: String, value: String)] = []
        collect(CaseFileCodec.encodeTree(value), at: "", into: &strings)
        let unknown = Set(strings.map(\.path)).filter { DisclosureCatalogue.fields[$0] == nil }.sorted()
        #expect(unknown == [], "text fields with no disclosure rule: add them to DisclosureCatalogue and, if a family member may read them, to ReaderView")
        // Every field the policy decides on held a kept detail or a canary in the household.
        let decided = DisclosureCatalogue.fields.filter { $0.value == .decidedByPolicy }.map(\.key)
        for path in decided {
            let values = strings.filter { $0.path == path }.map(\.value)
            let tested = values.contains { text in
                let normalised = NormalisedText(text)
                return text.contains("zq") || household.fragments.contains { normalised.containsWords(NormalisedText.words(of: $0).joined(separator: " ")) }
                    || NormalisedText(text).digitRuns.contains { $0.contains(household.phoneDigits) }
            }
            #expect(tested, "the generated households put nothing kept into \(path)")
        }
    }

    /// Every string in `tree`, with its catalogue path.
    private func collect(_ tree: JSONValue, at path: String, into strings: inout [(path: String, value: String)]) {
        switch tree {
        case .string(let text): strings.append((path, text))
        case .array(let elements): for element in elements { collect(element, at: path + "[]", into: &strings) }
        case .object(let members):
            for member in members { collect(member.value, at: path.isEmpty ? member.key : path + "." + member.key, into: &strings) }
        default: break
        }
    }
}
