import Foundation
import Testing

/// `tack --generate-completion-script bash|zsh|fish` generates, from the real binary, a script that
/// knows every script command and its verbs (run in CI with the other end-to-end tests).
@Suite struct CompletionScriptEndToEndTests {
    static let words = [
        "boards", "sections", "pins", "account", "analytics", "list", "get", "create", "update", "delete", "rename",
        "move", "save", "show", "followers", "following", "follow", "businesses", "websites", "verify", "unverify",
        "verification-code", "top-pins", "top-video-pins", "jsonl", "dry-run", "page-size", "metric-types",
    ]

    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptNamesEveryCommand(shell: String) async throws {
        let run = try await ChildProcess.run(
            [try TackUnderTest.binaryPath(), "--generate-completion-script", shell], capturingOutput: true,
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"], separateErrors: true)
        #expect(run.status == 0, "\(run.errors)")
        let missing = Self.words.filter { !run.output.contains($0) }
        #expect(missing.isEmpty, "the \(shell) script lacks \(missing)")
    }
}
