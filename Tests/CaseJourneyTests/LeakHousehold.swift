@testable import CaseJourney

/// A reproducible random number generator (SplitMix64), so every generated household can be
/// rebuilt from its seed when a test fails.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A household built with the library's own API for the leak test: a mother whose details are
/// kept from the father, a child whose school is kept from him, a domestic abuse adviser kept
/// from him, another adult, and free text in every field a family summary could show.
///
/// Each item carries a canary: a made-up word that appears nowhere else. Whether the father may
/// see an item is known here, from how it was built, independently of the policy: the summary
/// must hold every canary of what he may see and none of what he may not.
struct LeakHousehold {
    var value: Case
    /// The father, who reads the summary.
    let reader = "dad"
    /// Canaries of items the reader must not see.
    var withheld: [String] = []
    /// Canaries of items the reader must see.
    var shown: [String] = []
    /// Plain forms of every kept detail, none of which may appear anywhere in his summary.
    var fragments: [String] = []
    /// The digits of the kept phone number.
    var phoneDigits = ""

    private var random: SeededGenerator
    private var canaryCount = 0

    static let mothers = ["Gemma Evans", "Kelly Ashworth", "Siân Hughes", "Zoë O'Brien", "Łucja Nowak", "Aisha Khan"]
    static let streets = ["Larch", "Orchard", "Willowmere", "Hawthorn", "Kestrel"]
    static let streetTypes = [("Close", "Cl."), ("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Crescent", "Cres")]
    static let towns = ["Eastfield", "Southport", "Ashbury", "Kelbrook"]
    static let schools = [("Brookside Primary", "Brookside"), ("St Anne's Primary School", "St Anne’s"),
                          ("Fernhill Academy", "FERNHILL"), ("Oakridge Infants", "Oakridge")]
    static let workplaces = [("Co-op, High Street", "Co-op"), ("Harlow's Bakery, Mill Lane", "Harlows"),
                             ("Quayside Garden Centre", "Quayside")]
    static let advisers = [("Dawn Pryce", "Dawn"), ("Ffion Jones", "Ffion"), ("Bronwen Hale", "Bronwen")]
    static let agencies = ["Marlow Refuge", "Tideway Refuge", "Women's Aid", "Glenholm Advocacy"]
    static let oldStreets = ["Juniper", "Mulberry", "Sorrel"]

    init(seed: UInt64) throws {
        random = SeededGenerator(state: seed)
        value = Case(caseId: "GEN-\(seed)", familyName: "Generated")
        try build()
    }

    /// A fresh made-up word: letters a summary would never hold by chance.
    private mutating func canary() -> String {
        canaryCount += 1
        let letters = Array("bcdfghjkmnpqrstvwxz")
        return "zq" + String((0..<5).map { _ in letters[Int(random.next() % UInt64(letters.count))] }) + "\(canaryCount)"
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    private mutating func build() throws {
        let mother = pick(Self.mothers)
        let motherFirst = String(mother.split(separator: " ")[0])
        let street = pick(Self.streets), (streetType, streetShort) = pick(Self.streetTypes), town = pick(Self.towns)
        let postcode = "\(pick(["EF", "SP", "KB"]))\(Int(random.next() % 9) + 1) \(Int(random.next() % 9) + 1)\(pick(["PL", "QX", "TT"]))"
        let address = "Flat \(Int(random.next() % 9) + 1), \(Int(random.next() % 90) + 10) \(street) \(streetType), \(town) \(postcode)"
        let phone = "07700 9\(String(format: "%05d", Int(random.next() % 100_000)))"
        let (school, schoolWord) = pick(Self.schools)
        let (workplace, workplaceWord) = pick(Self.workplaces)
        let (adviser, adviserFirst) = pick(Self.advisers)
        let agency = pick(Self.agencies)
        let oldStreet = pick(Self.oldStreets)
        phoneDigits = String(phone.filter(\.isNumber).dropFirst())
        let motherSurname = String(mother.split(separator: " ")[1])
        let adviserSurname = String(adviser.split(separator: " ")[1])
        fragments = [street.lowercased(), town.lowercased(), postcode.lowercased(), postcode.replacingOccurrences(of: " ", with: "").lowercased(),
                     schoolWord.lowercased(), workplaceWord.lowercased(), NameKey.fold(motherFirst), adviserFirst.lowercased(),
                     NameKey.fold(motherSurname), adviserSurname.lowercased(), oldStreet.lowercased(),
                     agency == "Women's Aid" ? "women's aid" : agency.split(separator: " ")[0].lowercased()]

        let plan = date("2026-03-02")
        _ = try value.add(Person(id: "kid", name: "Noah Generated", role: .child, born: date("2018-11-02"),
                                 contact: ContactDetails(school: "\(school), \(town)")))
        _ = try value.add(Person(id: "tot", name: "Lily Generated", role: .child, born: date("2022-04-17")))
        _ = try value.add(Person(id: "dad", name: "Ryan Generated", role: .father, livesInHousehold: false, parentalResponsibility: true,
                                 contact: ContactDetails(address: "4 Birch Way, Westbury WB1 5TT", phone: "07700 900505")))
        _ = try value.add(Person(id: "mum", name: mother, role: .mother, parentalResponsibility: true,
                                 contact: ContactDetails(address: "\(Int(random.next() % 90) + 10) \(oldStreet) Way, Westhope", phone: phone,
                                                         email: "\(NameKey.asciiID(for: mother)!).x@mail.example", workplace: workplace)),
                          confidentialFrom: ["dad"])
        // She moved: the old address is still hers, and still kept.
        _ = try value.changePerson("mum", PersonChanges(address: address), reason: "Moved", by: "Sam", on: date("2026-03-01"))
        _ = try value.changePerson("kid", PersonChanges(confidentialFrom: ["dad"]), reason: "School kept from Ryan", by: "Sam", on: plan)
        _ = try value.add(Person(id: "nan", name: "Irene Generated", role: .grandparent, livesInHousehold: false))
        _ = try value.add(Professional(id: "hv", name: "Priya Shah", role: "health visitor", agency: "Westbury Health"))
        _ = try value.add(Professional(id: "idva", name: adviser, role: "independent domestic violence adviser", agency: agency),
                          confidentialFrom: ["dad"])
        _ = try value.assign(Allocation(worker: "Sam Okafor", from: date("2026-01-05")))
        _ = try value.startPlan(type: .childProtection, children: ["kid", "tot"], category: .emotional, on: plan)
        _ = try value.addOutcome("The children feel safe \(mark(shown: true))", plan: nil, on: plan, by: "Sam", reason: nil)
        let day = date("2026-06-01")

        // Every text field an item can have, holding a variant of a kept detail: each must be
        // withheld by the detail rule alone.
        let secrets = variants(phone: phone, street: street, streetType: streetType, streetShort: streetShort, town: town,
                               postcode: postcode, schoolWord: schoolWord, workplaceWord: workplaceWord,
                               email: "\(NameKey.asciiID(for: mother)!).x@mail.example")
        _ = try value.addWorry("Worry near \(pick(secrets)) \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addStrength("Good news from \(pick(secrets)) \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addOutcome("Settled at \(pick(secrets)) \(mark(shown: false))", plan: nil, on: day, by: "Sam", reason: "Moved")
        _ = try value.addOutcome("Calm mornings \(mark(shown: false))", plan: nil, on: day, by: "Sam", reason: "Moved to \(pick(secrets))")
        _ = try value.addAction("Meet at \(pick(secrets)) \(mark(shown: false))", outcome: "o1", owner: .member("hv"), due: date("2026-12-18"),
                                on: day, by: "Sam", reason: "New plan")
        _ = try value.addAction("Drive the children \(mark(shown: false))", outcome: "o1", owner: .agency("Taxis of \(pick(secrets))"),
                                due: date("2026-12-18"), on: day, by: "Sam", reason: "Transport")
        _ = try value.addAction("Share the driving \(mark(shown: false))", outcome: "o1",
                                owners: [.member("hv"), .agency("Buses of \(pick(secrets))")], due: date("2026-12-18"), on: day, by: "Sam",
                                reason: "Transport")
        _ = try value.rate(6, plan: nil, on: day, ratedBy: "Sam Okafor", reason: "Calmer at \(pick(secrets)) \(mark(shown: false))")
        _ = try value.rate(7, plan: nil, on: day.adding(days: 1), ratedBy: "Warden at \(pick(secrets)) \(mark(shown: false))", reason: "Calmer")
        _ = try value.recordView("I sleep well at \(pick(secrets)) \(mark(shown: false))", of: "dad", plan: nil, childAgreedToShare: nil,
                                 on: day, by: "Sam")
        _ = try value.setExpectation(.visits, plan: nil, child: "kid", interval: Interval(count: 5, unit: .workingDays),
                                     reason: "Settling in at \(pick(secrets)) \(mark(shown: false))", by: "Sam", on: day)
        _ = try value.proposeEnd(plan: nil, withdraw: false, on: day, by: "Warden at \(pick(secrets)) \(mark(shown: false))", reason: "Settled")
        _ = try value.proposeEnd(plan: nil, withdraw: true, on: day.adding(days: 2), by: "Sam Okafor", reason: "Not yet, near \(pick(secrets)) \(mark(shown: false))")

        // A changed action whose reason holds a detail: the action shows, the reason does not.
        let moved = try value.addAction("Ryan will see the children at the contact centre \(mark(shown: true))", outcome: "o1",
                                        owner: .member("dad"), due: date("2026-09-30"), on: plan, by: "Sam", reason: nil)
        _ = moved
        let movedID = value.actions.last!.id
        _ = try value.deferAction(movedID, to: date("2026-12-30"), on: day, by: "Sam", reason: "\(motherFirst) moved to \(pick(secrets)) \(mark(shown: false))")
        _ = try value.changeAction(movedID, text: nil, owners: [.member("dad")], due: date("2027-01-29"), on: day.adding(days: 1), by: "Sam",
                                   reason: "Kept from \(pick(secrets)) \(mark(shown: false))")
        let done = try value.addAction("Ryan will finish the course \(mark(shown: true))", outcome: "o1", owner: .member("dad"),
                                       due: date("2026-07-31"), on: plan, by: "Sam", reason: nil)
        _ = done
        _ = try value.completeAction(value.actions.last!.id, on: day, by: "Sam", note: "Certificate from \(pick(secrets)) \(mark(shown: false))")

        // Ongoing actions: a detail in how often keeps the whole action back; a detail in how it is
        // going keeps back only that word.
        _ = try value.addAction("Ryan will collect the children \(mark(shown: false))", outcome: "o1", owners: [.member("dad")],
                                due: date("2027-01-29"), on: plan, by: "Sam", reason: nil, repeats: "every Saturday from \(pick(secrets)) \(mark(shown: false))")
        _ = try value.addAction("Ryan will phone the children \(mark(shown: true))", outcome: "o1", owners: [.member("dad")],
                                due: date("2027-01-29"), on: plan, by: "Sam", reason: nil, repeats: "every Sunday evening")
        _ = try value.recordProgress(value.actions.last!.id, note: "Phoned from \(pick(secrets)) \(mark(shown: false))", on: day, by: "Sam")

        // Names and details written the ways an attacker would try.
        _ = try value.addWorry("\(motherFirst)'s flat is cold \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("Ms \(motherSurname) is frightened \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("\(String(adviserFirst.prefix(1))). \(adviserSurname) visited \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("\(String(motherFirst.prefix(2)))&shy;\(String(motherFirst.dropFirst(2))) is tired \(mark(shown: false))",
                               plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("The old flat on \(oldStreet) Way \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("Mum lives in \(String(town.prefix(4)))-\(String(town.dropFirst(4))) now \(mark(shown: false))",
                               plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("Ring \(String(phoneDigits.suffix(6))) \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("Ring 0\(phoneDigits.prefix(4).replacingOccurrences(of: "0", with: "O")) \(phoneDigits.dropFirst(4).replacingOccurrences(of: "0", with: "O")) \(mark(shown: false))",
                               plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("Support from \(agency) \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addStrength("Things are calmer \(mark(shown: false))", plan: nil, on: plan, by: adviser)
        let reworded = try value.addAction("Priya will visit \(mark(shown: false))", outcome: "o1", owner: .member("hv"), due: date("2026-12-18"),
                                           on: plan, by: "Sam", reason: nil)
        _ = reworded
        _ = try value.changeAction(value.actions.last!.id, text: "Priya will visit near \(mark(shown: false))", owners: nil, due: nil, on: day,
                                   by: "Sam", reason: "Moved", privacy: PrivacyRequest(privateFrom: ["Ryan"]))

        // Each of the other rules, with nothing else that would catch the item.
        _ = try value.addWorry("Marked for the team \(mark(shown: false))", plan: nil, on: plan, by: "Sam", privacy: PrivacyRequest(notForFamily: true))
        _ = try value.addStrength("Marked private \(mark(shown: false))", plan: nil, on: plan, by: "Sam", privacy: PrivacyRequest(privateFrom: ["Ryan"]))
        _ = try value.addAction("Will go to the group on Tuesdays \(mark(shown: false))", outcome: "o1", owner: .member("mum"),
                                due: date("2026-12-18"), on: plan, by: "Sam", reason: nil)
        _ = try value.addAction("Will make a safety plan \(mark(shown: false))", outcome: "o1", owner: .member("idva"),
                                due: date("2026-12-18"), on: plan, by: "Sam", reason: nil)
        _ = try value.addAction("Will drive to visits \(mark(shown: false))", outcome: "o1", owner: .member("nan"),
                                due: date("2026-12-18"), on: plan, by: "Sam", reason: nil)
        _ = try value.recordView("I want to help more \(mark(shown: false))", of: "nan", plan: nil, childAgreedToShare: nil, on: day, by: "Sam")
        _ = try value.recordView("I miss my friends \(mark(shown: false))", of: "kid", plan: nil, childAgreedToShare: false, on: day, by: "Sam")
        _ = try value.recordView("I like football \(mark(shown: true))", of: "kid", plan: nil, childAgreedToShare: true, on: day, by: "Sam")
        for spelling in nameVariants(motherFirst) {
            _ = try value.addWorry("\(spelling) is frightened \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        }
        _ = try value.addStrength("\(adviserFirst) says things are calmer \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addStrength("Support from \(agency) \(mark(shown: false))", plan: nil, on: plan, by: "Sam")
        _ = try value.addWorry("The children still jump at loud noises \(mark(shown: true))", plan: nil, on: plan, by: "Sam")
        _ = try value.addStrength("Ryan arrives on time for contact \(mark(shown: true))", plan: nil, on: plan, by: "Sam")

        // A conference where nobody from the family is recorded: who said it cannot be told.
        _ = try value.recordConference(nil, kind: .review, date: date("2026-06-08"), plan: nil,
                                       ConferenceRecord(recommendation: .continue, decision: .continue,
                                                        parentsView: "We want it to end \(mark(shown: false))"))
        // A conference both parents attended: what was said there came from his ex-partner too.
        _ = try value.recordConference(nil, kind: .review, date: date("2026-09-07"), plan: nil,
                                       ConferenceRecord(attended: ["Ryan", "mum"], recommendation: .continue, decision: .continue,
                                                        parentsView: "We agree \(mark(shown: false))"))
        // A booked conference and the adviser's report, not yet shared: its author is kept.
        _ = try value.scheduleConference(.review, on: date("2026-12-07"), plan: nil, chair: nil, invited: [])
        _ = try value.recordReport(conference: value.conferences.last!.id, from: "idva", received: date("2026-11-20"), shared: nil)
        _ = try value.recordReport(conference: value.conferences.last!.id, from: "Housing officer (\(pick(secrets)) Housing)",
                                   received: date("2026-11-20"), shared: nil)

        // Workers' notes are never in a family summary, whatever they hold.
        _ = try value.logVisit(VisitRecord(date: date("2026-11-02"), by: "Sam Okafor", seen: ["kid", "tot"],
                                           note: "At \(address) \(mark(shown: false))"), today: date("2026-11-23"))
        _ = try value.recordCoreGroup(nil, date: date("2026-06-15"), plan: nil, attended: ["mum"], reviewed: [], notesSent: nil,
                                      note: "Met at \(workplace) \(mark(shown: false))")
        _ = try value.recordStrategyDiscussion(on: date("2026-02-10"), section47Enquiry: true, note: "Police at \(address) \(mark(shown: false))",
                                               by: "Sam")
        // Who referred and why are for the team only, whatever they say.
        _ = try value.addReferral(on: date("2026-02-09"), children: ["kid"], source: .acquaintance,
                                  referrer: "A neighbour at \(address) \(mark(shown: false))",
                                  reason: "Shouting heard from \(workplace) \(mark(shown: false))", primaryNeed: .abuseOrNeglect, by: "Sam")
        // Evidence of progress: his own is his to see; hers, and what names her refuge, is not.
        _ = try value.addEvidence("Finished the anger course \(mark(shown: true))", for: "dad", from: "dad", kind: .family,
                                  on: date("2026-03-02"), actions: [], outcomes: [], achieves: false, by: "Sam", today: day)
        _ = try value.addEvidence("Every session attended \(mark(shown: false))", for: "mum", from: "\(adviserFirst) \(adviserSurname) (\(agency))", kind: .agency,
                                  on: date("2026-10-02"), actions: [], outcomes: [], achieves: false, by: "Sam", today: day)
        _ = try value.addEvidence("Clear test \(mark(shown: false))", for: "dad", from: "Sam Okafor (Northtown Council)", kind: .professional,
                                  on: date("2026-10-05"), actions: [], outcomes: [], achieves: false, by: "Sam", today: day,
                                  privacy: PrivacyRequest(notForFamily: true))
        // A worry from the past whose "what changed" gives away where she went.
        _ = try value.addWorry("Shouting at the old flat \(mark(shown: false))", plan: nil, on: plan, by: "Sam",
                               historic: HistoricWorry(until: date("2025-12-01"), changedSince: "She moved to \(town) \(mark(shown: false))"))
        _ = try value.addWorry("Late nights before \(mark(shown: true))", plan: nil, on: plan, by: "Sam",
                               historic: HistoricWorry(until: date("2025-12-01"), changedSince: "Bedtime is at eight now \(mark(shown: true))"))
        // Help: his own course is his to see; hers at the refuge is not.
        _ = try value.referToService("dad", provider: "Northtown Dads \(mark(shown: true))", purpose: "Parenting \(mark(shown: true))",
                                     on: date("2026-09-01"), by: "Sam")
        _ = try value.referToService("mum", provider: "\(agency) \(mark(shown: false))", purpose: "Safety planning \(mark(shown: false))",
                                     on: date("2026-09-02"), by: "Sam")
        _ = try value.referToService("kid", provider: "Play therapy near \(workplace) \(mark(shown: false))", purpose: "Play \(mark(shown: false))",
                                     on: date("2026-09-03"), by: "Sam")
        _ = try value.recordServiceSession(value.services.last!.id, on: date("2026-10-01"), outcome: .providerDidNotAttend,
                                           note: "At \(address) \(mark(shown: false))")
        _ = try value.updateService(value.services.last!.id, ServiceUpdate(note: "Met at \(address) \(mark(shown: false))"))
        // A written agreement he signed is his to read; hers, and what names her refuge, is not.
        _ = try value.makeAgreement(terms: ["Ryan sees the children at the contact centre \(mark(shown: true))"], agreedBy: ["dad"],
                                    signed: date("2026-06-01"), plan: nil, checkIns: [], milestones: ["Visits at home \(mark(shown: true))"], by: "Sam")
        _ = try value.askPermission(value.agreements.last!.id, from: "dad", what: "Come to sports day \(mark(shown: true))", on: date("2026-11-02"))
        _ = try value.makeAgreement(terms: ["Mum stays at \(agency) \(mark(shown: false))"], agreedBy: ["mum"], signed: date("2026-06-01"),
                                    plan: nil, checkIns: [], milestones: ["Move near \(workplace) \(mark(shown: false))"], by: "Sam")
        _ = try value.askPermission(value.agreements.last!.id, from: "mum", what: "Visit \(oldStreet) Way \(mark(shown: false))", on: date("2026-11-02"))
        _ = try value.answerPermission(value.agreements.last!.id, request: "pr1", granted: true, reason: "Near \(address) \(mark(shown: false))",
                                       on: date("2026-11-03"))
        _ = try value.updateAgreement(value.agreements.last!.id, setCheckIn: nil, held: nil, missed: nil, reason: "Moved to \(town) \(mark(shown: false))",
                                      milestone: nil, reached: nil, end: date("2026-11-05"), keptBecause: "Safe at \(agency) \(mark(shown: false))")
        // His own request to correct a record, and its answer, are his; hers is not.
        _ = try value.requestCorrection(of: "w1", from: "dad", wrong: "It says I shouted \(mark(shown: true))",
                                        shouldSay: "I raised my voice once \(mark(shown: true))", on: date("2026-11-02"), by: "Sam")
        _ = try value.answerCorrectionRequest(value.correctionRequests.last!.id, accepted: false,
                                              reason: "The police log stands \(mark(shown: true))", on: date("2026-11-05"), by: "Sam")
        _ = try value.requestCorrection(of: "w1", from: "mum", wrong: "Moved from \(address) \(mark(shown: false))",
                                        shouldSay: "Lives with \(adviserFirst) \(adviserSurname) (\(agency)) \(mark(shown: false))",
                                        on: date("2026-11-03"), by: "Sam")
        _ = try value.requestCorrection(of: "w1", from: "\(pick(["Hana", "Lowri"])) Page (\(agency))", wrong: "Wrong date \(mark(shown: false))",
                                        shouldSay: "The right date \(mark(shown: false))", on: date("2026-11-04"), by: "Sam")
        // Trying to reach her, and appointments with her: workers' records, never in a summary.
        _ = try value.logContact("mum", method: .messageViaAgency, outcome: .reached, via: "\(agency) \(mark(shown: false))",
                                 note: "She is staying at \(address) \(mark(shown: false))", on: date("2026-11-03"), by: "Sam")
        _ = try value.bookAppointment(with: ["mum"], on: date("2026-11-12"), purpose: "Meet at \(workplace) \(mark(shown: false))",
                                      bookedBy: "Sam \(mark(shown: false))", bookedOn: date("2026-11-04"), today: date("2026-11-23"),
                                      rebooks: nil)
        _ = try value.recordAppointment(value.appointments.last!.id, result: .cancelled, cancelledBy: .family,
                                        reason: "Moved to \(oldStreet) Way \(mark(shown: false))", on: date("2026-11-10"), today: date("2026-12-31"))
        _ = try value.setContactNeeds("mum", language: nil, interpreter: nil, contactBy: [.text], needs: nil,
                                      workingHours: "early shifts at \(workplace)", reason: "She asked", by: "Sam", on: day)
        // Two copies of a shared store put her address differently: a conflict holds both, and is
        // only ever for workers.
        var conflict = MergeConflict(id: "x00a1b2", path: ["people", "mum", "contact", "address"], about: "person mum: contact address",
                                     ours: "\"\(address) \(mark(shown: false))\"", theirs: "\"At \(workplace) \(mark(shown: false))\"",
                                     at: "2026-11-20T10:00:00Z", by: "Sam")
        conflict.resolution = ConflictResolution(kept: "other", value: "\"\(address)\"", reason: "Near \(workplace) \(mark(shown: false))",
                                                 by: "Sam", date: date("2026-11-21"))
        value.conflicts.append(conflict)
    }

    /// A canary for an item, noted as one the reader must or must not see.
    private mutating func mark(shown: Bool) -> String {
        let word = canary()
        if shown { self.shown.append(word) } else { withheld.append(word) }
        return word
    }

    /// The kept details written the ways people write them.
    private mutating func variants(
        phone: String, street: String, streetType: String, streetShort: String, town: String, postcode: String, schoolWord: String,
        workplaceWord: String, email: String
    ) -> [String] {
        let digits = phone.filter(\.isNumber)
        let national = String(digits.dropFirst())
        return [
            phone, digits, "\(digits.prefix(5))-\(digits.dropFirst(5).prefix(3))-\(digits.suffix(3))",
            "+44 \(national.prefix(4)) \(national.dropFirst(4))", "\(digits.prefix(5))\u{200B}\(digits.dropFirst(5))",
            "\(street) \(streetShort)", "\(street.uppercased()) \(streetType.uppercased())", "\(street)\u{00A0}\(streetType)",
            "\(street)-\(streetType)", lookAlike(street), "\(street)\u{00AD}\(streetType)", "\(street)\(streetType)",
            (street + streetType).lowercased(),
            postcode.replacingOccurrences(of: " ", with: ""), postcode.lowercased(), town, town.uppercased(),
            schoolWord, schoolWord.lowercased(), String(schoolWord.prefix(2)) + "\u{200B}" + String(schoolWord.dropFirst(2)),
            workplaceWord, workplaceWord.uppercased(), email.uppercased(),
        ].filter { !$0.isEmpty }
    }

    /// A first name typed in other ways: capitals, without its accent, with a look-alike letter.
    private func nameVariants(_ name: String) -> [String] {
        let smallCapitals: [Character: String] = ["a": "ᴀ", "e": "ᴇ", "m": "ᴍ", "n": "ɴ", "o": "ᴏ", "i": "ɪ", "s": "ꜱ"]
        let greekCapitals: [Character: String] = ["A": "Α", "E": "Ε", "M": "Μ", "N": "Ν", "O": "Ο", "I": "Ι", "K": "Κ"]
        let folded = NameKey.fold(name)
        return [name, name.uppercased(), folded.capitalized, lookAlike(name), name + "2",
                String(folded.map { smallCapitals[$0].map(Character.init) ?? $0 }),
                String(folded.uppercased().map { greekCapitals[$0].map(Character.init) ?? $0 })]
    }

    /// `word` with one letter swapped for the Cyrillic letter that looks the same.
    private func lookAlike(_ word: String) -> String {
        let cyrillic: [Character: Character] = ["a": "\u{0430}", "e": "\u{0435}", "o": "\u{043E}", "c": "\u{0441}", "p": "\u{0440}"]
        guard let index = word.firstIndex(where: { cyrillic[$0] != nil }) else { return word }
        var copy = word
        copy.replaceSubrange(index...index, with: String(cyrillic[word[index]]!))
        return copy
    }
}
