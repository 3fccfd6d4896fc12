import Foundation
import PinterestSandbox
import Testing

/// The README's promise, as stated: the token never appears in logs or error messages. A distinctive
/// token is used against a server that refuses it, and against one that fails every request, with the
/// most detailed logging; neither the screen, nor standard error, nor the log holds it.
@Suite(.serialized)
struct SecretsEndToEndTests {
    static let secret = "pina_E2E-DISTINCT-SECRET-7f3a9c"

    struct Failure: Sendable, CustomTestStringConvertible {
        var name: String
        var sandboxToken: String
        var errorRate: Double
        var testDescription: String { name }
    }

    @Test(arguments: [
        Failure(name: "token refused", sandboxToken: "another-token", errorRate: 0),
        Failure(name: "every request fails", sandboxToken: secret, errorRate: 1),
    ])
    func theTokenAppearsNowhere(failure: Failure) async throws {
        var faults = FaultConfiguration.none
        faults.serverErrorRate = failure.errorRate
        let app = try await TackUnderTest.launch(
            faults: faults, token: Self.secret, sandboxToken: failure.sandboxToken,
            environment: ["TACK_LOG_LEVEL": "trace"], inShell: true)
        defer { Task { await app.shutDown() } }
        let shown = try await app.terminal.waitForScreen(timeout: .seconds(20)) { screen in
            screen.contains("401") || screen.contains("refused the token") || screen.localizedCaseInsensitiveContains("error")
                || screen.localizedCaseInsensitiveContains("fail")
        }
        #expect(shown.matched, "an error is shown; screen was:\n\(shown.screen)")
        try await app.terminal.send("q")
        try await app.terminal.require(TackUnderTest.shellReady)

        let screen = try await app.terminal.screen()
        let errors = try String(contentsOf: app.standardErrorFile, encoding: .utf8)
        let log = try String(contentsOf: app.home.appending(path: "state/tack/tack.log"), encoding: .utf8)
        #expect(log.contains("request"), "the log holds the requests (trace level)")
        for (place, text) in [("screen", shown.screen), ("last screen", screen), ("stderr", errors), ("log", log)] {
            #expect(!text.contains(Self.secret) && !text.contains("DISTINCT-SECRET"), "the token is in the \(place)")
        }
    }
}
