import Foundation

/// Drives a program inside a private tmux server, the way a user at a terminal would: it types keys,
/// reads the screen, resizes the window and hangs up. Each session has its own tmux socket, so tests
/// can run side by side.
final class TmuxSession: @unchecked Sendable {
    let socket: String
    let name = "tack"

    /// Starts `command` in a detached session of `width`x`height` with the given extra environment.
    init(command: [String], environment: [String: String], width: Int = 120, height: Int = 40) async throws {
        socket = "tack-e2e-\(UUID().uuidString.prefix(8))"
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
        let shellCommand = (["exec", "env"] + exports + command.map(Self.quote)).joined(separator: " ")
        // The server that new-session starts outlives the call: it must not inherit an output pipe,
        // or reading that pipe to its end would wait for the server to exit.
        // The pane stays after the program exits, so its last screen can be read. Set in the same tmux
        // command as the session is made: a program that ended before a second command (quick, or
        // under load) took its session, and the server, with it.
        try await tmux(
            ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shellCommand, ";",
             "set-option", "-t", name, "remain-on-exit", "on"],
            capturing: false)
    }

    deinit { _ = try? ChildProcess.runBlocking(Self.tmuxCommand(socket: socket, ["kill-server"]), capturingOutput: false) }

    /// The visible screen as plain text, one line per row.
    func screen() async throws -> String {
        try await tmux(["capture-pane", "-p", "-t", name])
    }

    /// The visible screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func styledScreen() async throws -> String {
        try await tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    /// Sends tmux key names ("Down", "Enter", "Tab", "C-c", "Escape") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) async throws {
        try await tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program running in the pane.
    func programProcessID() async throws -> Int32 {
        let output = try await tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = Int32(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError.unexpectedOutput(output)
        }
        return pid
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}` (1 while the program keeps the alternate screen),
    /// `#{cursor_flag}` (1 while the cursor is shown), `#{keypad_flag}` and `#{keypad_cursor_flag}`
    /// (1 while keypad or cursor-key application mode is on).
    func paneFormat(_ format: String) async throws -> String {
        try await tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Kills the whole tmux server: the program's terminal goes away and it gets SIGHUP.
    func killServer() async throws {
        try await tmux(["kill-server"])
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen either way.
    @discardableResult
    func waitForScreen(
        timeout: Duration = .seconds(15), _ predicate: (String) -> Bool
    ) async throws -> (matched: Bool, screen: String) {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            last = try await screen()
            if predicate(last) { return (true, last) }
            try await Task.sleep(for: .milliseconds(50))
        }
        return (false, last)
    }

    /// Waits until the screen contains every one of `texts`.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Duration = .seconds(15)) async throws -> (matched: Bool, screen: String) {
        try await waitForScreen(timeout: timeout) { screen in texts.allSatisfy(screen.contains) }
    }

    @discardableResult
    private func tmux(_ arguments: [String], capturing: Bool = true) async throws -> String {
        let result = try await ChildProcess.run(Self.tmuxCommand(socket: socket, arguments), capturingOutput: capturing)
        guard result.status == 0 else {
            throw TmuxError.failed(arguments: arguments, output: result.output)
        }
        return result.output
    }

    /// tmux on this session's own server, with no user config, writing UTF-8 whatever the locale.
    private static func tmuxCommand(socket: String, _ arguments: [String]) -> [String] {
        ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments
    }

    private static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error {
    case failed(arguments: [String], output: String)
    case unexpectedOutput(String)
}

import Testing

extension TmuxSession {
    /// Waits until the screen shows every one of `texts`, and fails the test with the screen if not.
    func require(
        _ texts: String..., timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let (matched, screen) = try await waitForScreen(timeout: timeout) { screen in texts.allSatisfy(screen.contains) }
        try #require(matched, "waited for \(texts); the screen was:\n\(screen)", sourceLocation: sourceLocation)
    }

    /// Waits until `predicate` holds for the screen, and fails the test with the screen if not.
    func require(
        _ what: String, timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation,
        where predicate: (String) -> Bool
    ) async throws {
        let (matched, screen) = try await waitForScreen(timeout: timeout, predicate)
        try #require(matched, "waited for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
    }
}
