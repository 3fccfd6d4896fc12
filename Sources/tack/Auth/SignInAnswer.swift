import Foundation
import PinterestAPI

/// The first answer to a sign-in: the redirect reaching the loopback listener, or an address or code
/// pasted into the terminal, or nothing before the timeout.
enum SignInAnswer {
    struct TimedOut: Error {}

    /// The code. `ready` is called once, when the listener listens (true) or when there is none or it
    /// cannot bind (false): then only a pasted answer can come. A pasted line that is not an answer is
    /// said and waited past; the listener's one request decides, whatever it holds.
    static func wait(
        for request: AuthorizationRequest, listeningOn port: Int?, timeout: Duration,
        ready: @escaping @Sendable (Bool) -> Void, say: @escaping @Sendable (String) -> Void
    ) async throws -> String {
        @Sendable func judge(_ address: String) -> RedirectPage {
            do {
                _ = try request.code(from: address)
                return RedirectPage(succeeded: true, heading: "Signed in", text: "Tack has the answer: you can close this tab.")
            } catch {
                return RedirectPage(succeeded: false, heading: "The sign-in did not work", text: "\(error)")
            }
        }
        return try await withThrowingTaskGroup(of: String.self) { group in
            if let port {
                group.addTask {
                    let listener = RedirectListener(port: port, onListening: { ready(true) })
                    let address: String
                    do {
                        address = try await listener.firstRedirect(judge: judge)
                    } catch where !(error is CancellationError) {
                        say("Tack cannot listen on port \(port) (\(error)): paste the address instead.")
                        ready(false)
                        try await Task.sleep(for: timeout)
                        throw TimedOut()
                    }
                    return try request.code(from: address)
                }
            } else {
                ready(false)
            }
            group.addTask {
                for await line in PastedAnswerReader.lines() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    do {
                        return try request.code(from: line)
                    } catch AuthorizationFailure.unreadable {
                        say("That is neither the address Pinterest sent you to nor a code: paste the whole address.")
                    }
                }
                try await Task.sleep(for: timeout)
                throw TimedOut()
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw TimedOut()
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}
