import Foundation
import PinterestAPI
import PinterestSandbox
import Testing
@testable import TackExport

/// An export that stops part-way finishes, when run again, with the same files as one that never stopped.
@Suite(.serialized) struct ExportResumeTests {
    @Test func anExportCancelledPartWayResumesToTheSameFiles() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.faults.latency = .milliseconds(5)
        try await ExportWorld.run(sandbox) { world in
            try await world.export(into: "whole")

            let cancel = CancelSwitch()
            let task = Task {
                try await world.export(into: "resumed", concurrency: 2) { progress in
                    if progress.requests >= 25 { cancel.fire() }
                }
            }
            cancel.arm(task)
            await #expect(throws: CancellationError.self) { try await task.value }
            let state = world.directory("resumed").appendingPathComponent(".tack-export/state.json")
            #expect(FileManager.default.fileExists(atPath: state.path), "the interrupted export keeps its progress")
            #expect(!FileManager.default.fileExists(atPath: world.directory("resumed").appendingPathComponent("manifest.json").path))

            let resumed = try await world.export(into: "resumed")
            #expect(resumed.requests < resumed.minimumRequests, "the second run reads only what the first did not")
            try expectSameExport(world.directory("whole"), world.directory("resumed"))
        }
    }

    @Test func anExportEndedByServerErrorsResumesToTheSameFiles() async throws {
        try await ExportWorld.run { world in
            try await world.export(into: "whole")
            var faults = FaultConfiguration()
            faults.serverErrorRate = 0.15
            faults.seed = 7
            await world.server.setFaults(faults)
            // No retries in the client: each 5xx ends the run, and the next run continues.
            let fragile = ExportWorld.client(for: world.server, retryPolicy: .never)
            var failures = 0
            while true {
                do {
                    try await world.export(into: "resumed", client: fragile)
                    break
                } catch let error as PinterestError {
                    #expect(error.status.map { $0 >= 500 } == true)
                    failures += 1
                    try #require(failures < 200, "the export never finished")
                }
            }
            try? await fragile.shutdown()
            #expect(failures > 0)
            try expectSameExport(world.directory("whole"), world.directory("resumed"))
        }
    }

    @Test func rateLimitsSlowTheExportDownButNeverEndIt() async throws {
        try await ExportWorld.run { world in
            try await world.export(into: "whole")
            var faults = FaultConfiguration()
            faults.rateLimitBurst = 5
            faults.rateLimitResetSeconds = 1
            await world.server.setFaults(faults)
            // The client gives every 429 back at once: the export alone must wait and go on.
            let client = ExportWorld.client(for: world.server, retryPolicy: .never)
            let clock = ContinuousClock()
            let start = clock.now
            let summary = try await world.export(into: "limited", client: client)
            try? await client.shutdown()
            #expect(summary.rateLimitSlowdowns >= 1)
            #expect(clock.now - start >= .seconds(1), "it waited for the rate limit's reset")
            #expect(summary.requests >= summary.minimumRequests + 5, "each refused request was sent again")
            try expectSameExport(world.directory("whole"), world.directory("limited"))
        }
    }

    @Test func theExportHoldsEveryListAndAManifest() async throws {
        try await ExportWorld.run { world in
            let summary = try await world.export(into: "export", pageSize: 250)
            let directory = world.directory("export")
            let manifest = summary.manifest
            #expect(manifest.account == "tack_demo")
            #expect(manifest.apiRoot == world.server.baseURL.absoluteString)
            #expect(manifest.counts["boards"] == 8)
            #expect(manifest.counts["pins"] == 164)
            #expect(manifest.counts["followers"] == 612)
            #expect(manifest.counts["following"] == 64)
            #expect(manifest.counts["websites"] == 3)
            #expect(manifest.counts["businesses"] == 2)
            #expect(summary.requests == summary.minimumRequests, "one request per page of 250 and per object")

            // Every pin exactly as the API sent it, every field kept.
            let boards = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("boards.json"))) as! [[String: Any]]
            let first = boards[0]["id"] as! String
            let pinsFile = try Data(contentsOf: directory.appendingPathComponent("boards/\(first)/pins.json"))
            let sent = try await world.client.rawPage(.boardsListPins, path: ["board_id": first], bookmark: nil)
            #expect(pinsFile == JSONLines.array(sent.items))
            let csv = try String(contentsOf: directory.appendingPathComponent("pins.csv"), encoding: .utf8)
            #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count >= 165)
            #expect(csv.hasPrefix("id,board_id,board_name,board_section_id,section_name,title,"))
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(".tack-export").path))
        }
    }
}

/// The two exports hold the same files, byte for byte, apart from the manifest's times.
func expectSameExport(_ expected: URL, _ actual: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let want = try exportedFiles(expected), got = try exportedFiles(actual)
    #expect(Set(got.keys) == Set(want.keys), sourceLocation: sourceLocation)
    for (name, data) in want where got[name] != data {
        Issue.record("\(name) differs", sourceLocation: sourceLocation)
    }
}
