import CaseJourney

/// Invents realistic case files: a few children and adults, professionals, two or three
/// social workers, and two years of fortnightly visits with notes and their history.
struct CaseGenerator {
    /// Ends two years of visits here, so the overdue list has a mix of due and overdue children.
    let lastDay: CalendarDate
    private var random: SeededRandom

    init(seed: UInt64, lastDay: CalendarDate) {
        random = SeededRandom(seed: seed)
        self.lastDay = lastDay
    }

    private static let firstNames = ["Amy", "Ben", "Cara", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack",
                                     "Kai", "Lola", "Mia", "Noah", "Olly", "Poppy", "Ruby", "Sam", "Tia", "Zac"]
    private static let familyNames = ["Ashworth", "Brown", "Carter", "Davies", "Evans", "Foster", "Green", "Hughes",
                                      "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel"]
    private static let workers = ["Sam Okafor", "Ola Ade", "Hannah Cole", "Priya Nair", "Tom Walsh", "Jo Reid"]
    private static let sentences = [
        "The kitchen was clean and there was food in the fridge and cupboards.",
        "Mum said the week had been hard because the baby was not sleeping well.",
        "I spoke with the children about school and what they enjoy doing at weekends.",
        "The bedrooms were tidy; each child has their own bed with clean bedding.",
        "We talked about the plan and what still needs to change before the review.",
        "Dad was not present; mum said he had visited on Saturday for contact.",
        "The health visitor had called earlier in the week and weighed the baby.",
        "Attendance at school has improved since the last core group meeting.",
        "There was a smell of cannabis in the hallway, which mum denied.",
        "The children appeared relaxed and happy and were playing in the garden.",
    ]

    mutating func makeCase(id: String) -> Case {
        let family = pick(CaseGenerator.familyNames)
        var value = Case(caseId: id, familyName: family)
        let start = lastDay.adding(days: -730)
        value.history.append(HistoryEntry(at: "\(start)T09:00:00Z", by: "Generator", change: "Opened case", revision: 1))
        let childCount = 2 + random.next(3)
        var childIDs: [String] = []
        for index in 0..<childCount {
            let id = "c\(index + 1)"
            childIDs.append(id)
            value.people.append(Person(id: id, name: "\(pick(CaseGenerator.firstNames)) \(family)", role: .child,
                                       born: lastDay.adding(days: -(760 + random.next(4_500)))))
        }
        value.people.append(Person(id: "mum", name: "\(pick(CaseGenerator.firstNames)) \(family)", role: .mother,
                                   parentalResponsibility: true,
                                   contact: ContactDetails(address: "\(1 + random.next(200)) Larch Close, Northtown", phone: "07700 900\(100 + random.next(800))")))
        value.people.append(Person(id: "dad", name: "\(pick(CaseGenerator.firstNames)) \(family)", role: .father,
                                   livesInHousehold: random.next(2) == 0, parentalResponsibility: true))
        for index in 0..<(3 + random.next(3)) {
            value.professionals.append(Professional(id: "pro\(index)", name: "\(pick(CaseGenerator.firstNames)) Smith",
                                                    role: "health visitor", agency: "Northtown Community Health",
                                                    contact: ContactDetails(phone: "01632 960\(100 + index)")))
        }
        var allocationStart = start
        for index in 0..<(2 + random.next(2)) {
            let worker = CaseGenerator.workers[(index + random.next(3)) % CaseGenerator.workers.count]
            if var last = value.allocations.popLast() {
                last.to = allocationStart
                value.allocations.append(last)
            }
            value.allocations.append(Allocation(worker: worker, from: allocationStart))
            allocationStart = allocationStart.adding(days: 200 + random.next(100))
        }
        value.plans.append(Plan(id: "plan-1", type: .childProtection, children: childIDs, category: .neglect, start: start))
        var day = start.adding(days: 7)
        var visitNumber = 0
        while day <= lastDay.adding(days: -random.next(20)) {
            visitNumber += 1
            let sightings = childIDs.map { child -> ChildSighting in
                switch random.next(10) {
                case 0: ChildSighting(child: child, outcome: .notSeen, reason: "At school")
                case 1...4: ChildSighting(child: child, outcome: .seenAlone)
                default: ChildSighting(child: child, outcome: .seen)
                }
            }
            let note = (0..<(3 + random.next(5))).map { _ in pick(CaseGenerator.sentences) }.joined(separator: " ")
            let worker = value.worker(on: day) ?? "Sam Okafor"
            value.visits.append(Visit(id: "v\(visitNumber)", date: day, by: worker, kind: .home,
                                      unannounced: random.next(4) == 0, bedroomSeen: random.next(2) == 0,
                                      children: sightings, note: note))
            value.history.append(HistoryEntry(at: "\(day)T16:30:00Z", by: worker,
                                              change: "Logged home visit v\(visitNumber) on \(day) by \(worker)",
                                              revision: value.history.count + 1))
            day = day.adding(days: 12 + random.next(5))
        }
        value.revision = value.history.count
        return value
    }

    private mutating func pick<T>(_ options: [T]) -> T {
        options[random.next(options.count)]
    }
}

/// A small deterministic generator (SplitMix64), so every run builds the same store.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(_ upperBound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(upperBound))
    }
}
