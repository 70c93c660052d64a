import CaseJourney
import Foundation

/// A new, empty store in a temporary folder, removed when the test's value goes away.
final class TemporaryStore {
    let folder: String
    let store: CaseStore

    init(lockTimeout: Double = 10) throws {
        folder = NSTemporaryDirectory() + "cj-test-" + UUID().uuidString
        store = CaseStore(path: folder + "/store", lockTimeout: lockTimeout)
        try store.initialise()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A case with a mother, a father who lives elsewhere, and two children.
    @discardableResult
    func makeFamily(_ id: String = "ASH-01") throws -> Case {
        try store.create(Case(caseId: id, familyName: "Ashworth"), by: "Test Worker")
        return try store.update(id, by: "Test Worker") { value throws(CaseJourneyError) in
            _ = try value.add(Person(id: "", name: "Amy Ashworth", role: .child, born: CalendarDate("2019-04-02")))
            _ = try value.add(Person(id: "", name: "Ben Ashworth", role: .child, born: CalendarDate("2022-01-15")))
            _ = try value.add(Person(id: "", name: "Kim Ashworth", role: .mother, parentalResponsibility: true))
            _ = try value.add(Person(id: "", name: "Lee Ashworth", role: .father, livesInHousehold: false,
                                     parentalResponsibility: true))
            return "Added the family"
        }
    }

    func bytes(of id: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: store.casePath(id)) ?? Data())
    }

    func overwrite(_ id: String, with text: String) {
        _ = FileManager.default.createFile(atPath: store.casePath(id), contents: Data(text.utf8))
    }
}

func date(_ text: String) -> CalendarDate {
    CalendarDate(text)!
}
