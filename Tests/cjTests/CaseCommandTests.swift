import Foundation
import Testing

@Suite struct CaseCommandTests {
    @Test func twoPeopleOpeningIdsThatDifferOnlyInCapitalsAtOnceGetOneCase() throws {
        let sandbox = Sandbox()
        sandbox.cj("init")
        for round in 1...5 {
            let first = sandbox.start(["case", "new", "RACE-\(round)", "--family", "Adams"])
            let second = sandbox.start(["case", "new", "race-\(round)", "--family", "Baker"])
            for (process, out, err) in [first, second] {
                _ = out.fileHandleForReading.readDataToEndOfFile()
                _ = err.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
            }
            let made = try FileManager.default.contentsOfDirectory(atPath: sandbox.store).filter { $0.lowercased() == "race-\(round).json" }
            #expect(made.count == 1, "round \(round): \(made)")
        }
    }

    @Test func showListsPeoplePlansAndConfidentialMarks() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        sandbox.cj("person", "add", "ASH-01", "--name", "Jo Ashworth", "--role", "partner", "--address", "1 Quiet Lane",
                   "--confidential-from", "Lee")
        sandbox.cj("plan", "start", "ASH-01", "--type", "cp", "--child", "Amy", "--child", "ben", "--category", "neglect",
                   "--date", "2026-02-02")
        let shown = sandbox.cj("case", "show", "ASH-01").stdout
        #expect(shown.contains("Lee Ashworth [lee], father, lives elsewhere"))
        #expect(shown.contains("CONFIDENTIAL: never show these contact details to Lee Ashworth"))
        #expect(shown.contains("plan-1: child protection (neglect) for Amy, Ben, from 2026-02-02, open"))
    }

    @Test func workerAssignEndsThePreviousAllocation() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        sandbox.cj("worker", "assign", "ASH-01", "--name", "Sam Okafor", "--from", "2026-01-05")
        sandbox.cj("worker", "assign", "ASH-01", "--name", "Ola Ade", "--from", "2026-05-05")
        let shown = sandbox.cj("case", "show", "ASH-01").stdout
        #expect(shown.contains("Social worker: Ola Ade since 2026-05-05"))
        #expect(shown.contains("al1 Sam Okafor from 2026-01-05 to 2026-05-05"))
        #expect(shown.contains("al2 Ola Ade from 2026-05-05 to now"))
    }

    @Test func planEndNeedsAReasonAndPlanStartAChild() {
        let sandbox = Sandbox()
        sandbox.makeFamily()
        let noChild = sandbox.cj("plan", "start", "ASH-01", "--type", "cp", "--child", "Zoe", "--category", "neglect", "--date", "2026-02-02")
        #expect(noChild.status == 64)
        #expect(noChild.stderr.contains("Amy Ashworth (amy), Ben Ashworth (ben)"))
        #expect(sandbox.cj("plan", "start", "ASH-01", "--type", "cin", "--child", "Amy", "--date", "2026-02-02").stdout == "plan-1\n")
        let ended = sandbox.cj("plan", "end", "ASH-01", "--date", "2026-08-01", "--reason", "Support no longer needed")
        #expect(ended.status == 0)
        #expect(sandbox.cj("case", "show", "ASH-01").stdout.contains("to 2026-08-01: Support no longer needed"))
    }

    @Test func listComesAsATableJSONOrCSV() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily("ASH-01")
        sandbox.cj("case", "new", "BRO-02", "--family", "Brown, Jones")
        let table = sandbox.cj("case", "list").stdout
        #expect(table.contains("ASH-01  Ashworth"))
        #expect(table.hasSuffix("2 cases\n"))
        let json = try JSONSerialization.jsonObject(with: Data(sandbox.cj("case", "list", "--format", "json").stdout.utf8)) as? [[String: Any]]
        #expect(json?.map { $0["caseId"] as? String } == ["ASH-01", "BRO-02"])
        #expect(json?.first?["children"] as? Int == 2)
        let csv = sandbox.cj("case", "list", "--format", "csv").stdout
        // CSV holds the same columns as JSON: no worker and no open plan are empty cells.
        #expect(csv.contains("BRO-02,\"Brown, Jones\",,0,,1"))
        #expect(json?.last?["worker"] is NSNull)
    }

    @Test func anUnreadableCaseDoesNotHideTheOthers() throws {
        let sandbox = Sandbox()
        sandbox.makeFamily("ASH-01")
        sandbox.cj("case", "new", "BRO-02", "--family", "Brown")
        try "{".write(toFile: sandbox.caseFile("BRO-02"), atomically: false, encoding: .utf8)
        let result = sandbox.cj("case", "list")
        #expect(result.status == 65)
        #expect(result.stdout.contains("ASH-01"))
        #expect(result.stderr.contains("BRO-02.json"))
    }

    @Test func everyCommandsHelpShowsAnExample() {
        let sandbox = Sandbox()
        let commands = sandbox.allCommands()
        #expect(commands.count >= 40)  // every group and every subcommand, found from the help itself
        for command in commands {
            let help = sandbox.run(command + ["--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("Example"), "cj \(command.joined(separator: " ")) --help has no example")
        }
    }
}
