import Foundation
import PinterestSandbox
import Testing

/// `tack export` and `tack import`, the real binary, against two sandboxes: the demo account, and one
/// started empty.
@Suite struct BackupEndToEndTests {
    @Test func anExportImportsIntoAnEmptyAccountOnceAndASecondImportMakesNothing() async throws {
        let source = try await SandboxServer.start(SandboxConfiguration())
        let target = try await SandboxServer.start(SandboxConfiguration(content: .empty))
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-e2e-backup-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: home)
        }
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": home.path,
            "XDG_CONFIG_HOME": home.appending(path: "config").path, "XDG_STATE_HOME": home.appending(path: "state").path,
            "XDG_DATA_HOME": home.appending(path: "data").path, "PINTEREST_ACCESS_TOKEN": "e2e-token",
        ]
        let tack = try TackUnderTest.binaryPath()
        let backup = home.appending(path: "backup").path
        do {
            let export = try await ChildProcess.run(
                [tack, "export", backup, "--api", source.baseURL.absoluteString], capturingOutput: true, environment: environment)
            #expect(export.status == 0, "\(export.output)")
            #expect(export.output.contains("8 boards") && export.output.contains("164 pins"), "\(export.output)")
            #expect(export.output.contains("25 requests (minimum 25)"), "\(export.output)")
            #expect(!export.output.contains("\u{1B}["), "no progress bar when standard error is not a terminal")
            #expect(FileManager.default.fileExists(atPath: backup + "/manifest.json"))

            let first = try await ChildProcess.run(
                [tack, "import", backup, "--api", target.baseURL.absoluteString], capturingOutput: true, environment: environment)
            #expect(first.status == 0, "\(first.output)")
            #expect(first.output.contains("Boards: 8 created") && first.output.contains("Pins: 164 created"), "\(first.output)")
            #expect(first.output.contains("made from its cover image"), "video pins are noted")

            let second = try await ChildProcess.run(
                [tack, "import", backup, "--api", target.baseURL.absoluteString], capturingOutput: true, environment: environment)
            #expect(second.status == 0, "\(second.output)")
            #expect(second.output.contains("Pins: 0 created, 164 copied before"), "\(second.output)")
        } catch {
            await source.stop()
            await target.stop()
            throw error
        }
        await source.stop()
        await target.stop()
    }
}
