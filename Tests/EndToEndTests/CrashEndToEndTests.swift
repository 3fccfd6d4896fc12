import Foundation
import Testing

/// A crash of the real binary, as the user at the terminal lives it: the process ends by itself, the
/// terminal is back as it was, one line on standard error says where the backtrace went, and the
/// backtrace is in that file, not on the screen.
@Suite(.serialized)
struct CrashEndToEndTests {
    struct FatalSignal: Sendable, CustomTestStringConvertible {
        var number: Int32
        var name: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        FatalSignal(number: SIGSEGV, name: "SIGSEGV"), FatalSignal(number: SIGABRT, name: "SIGABRT"),
        FatalSignal(number: SIGBUS, name: "SIGBUS"), FatalSignal(number: SIGQUIT, name: "SIGQUIT"),
        FatalSignal(number: SIGILL, name: "SIGILL"), FatalSignal(number: SIGFPE, name: "SIGFPE"),
        FatalSignal(number: SIGTRAP, name: "SIGTRAP"),
    ])
    func aCrashEndsByItselfRestoresTheTerminalAndWritesTheBacktraceToAFile(signal: FatalSignal) async throws {
        let app = try await TackUnderTest.launch(inShell: true)
        defer { Task { await app.shutDown() } }
        try await app.terminal.require("Boards (")
        let pid = try await app.programProcessID()
        #expect(try await app.terminal.paneFormat("#{alternate_on} #{cursor_flag}") == "1 0", "the UI is up")

        kill(pid, signal.number)
        // Ends by itself: nothing waits for a key ("Press space to interact"). The backtracer needs a
        // moment to read every thread and image, which on a loaded machine has taken over a second
        // (seen in CI), so the deadline is a bound on "never", not a timing target.
        let deadline = ContinuousClock.now + .seconds(20)
        while ProcessState.isRunning(pid) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(
            !ProcessState.isRunning(pid),
            "tack was still running 20 s after \(signal.name): \(ProcessState.describe(pid))")

        try await app.terminal.require(TackUnderTest.shellReady)
        let screen = try await app.terminal.screen()
        #expect(
            try await app.terminal.paneFormat("#{alternate_on} #{cursor_flag} #{keypad_flag} #{keypad_cursor_flag}")
                == "0 1 0 0",
            "main screen, cursor shown, keypad and cursor-key modes off")
        let settings = Set(try String(contentsOf: app.terminalSettingsFile, encoding: .utf8).split(whereSeparator: \.isWhitespace))
        #expect(settings.isSuperset(of: ["icanon", "echo", "isig", "icrnl", "opost"]), "cooked mode: \(settings.sorted())")

        let errors = try String(contentsOf: app.standardErrorFile, encoding: .utf8)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1, "one line on standard error: \(errors)")
        let prefix = "tack: crashed on \(signal.name); writing the backtrace to "
        let line = try #require(lines.first.map(String.init))
        try #require(line.hasPrefix(prefix), "stderr: \(errors)")
        let crashFile = String(line.dropFirst(prefix.count))
        let stateDirectory = app.home.appending(path: "state/tack").path
        #expect(crashFile.hasPrefix(stateDirectory + "/crash-") && crashFile.hasSuffix(".txt"))
        // The backtracer writes the file after the line, and the process ends only when it is done.
        let backtrace = try String(contentsOfFile: crashFile, encoding: .utf8)
        #expect(backtrace.contains("Thread 0") && backtrace.contains("crashed"), "crash file:\n\(backtrace.prefix(2000))")
        let mode = try FileManager.default.attributesOfItem(atPath: crashFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!screen.contains("Thread 0") && !screen.contains("Press space"), "screen was:\n\(screen)")
        #expect(screen.contains("tack exited with"), "screen was:\n\(screen)")
    }

    /// The signals that ask Tack to quit are not crashes: a clean exit, the terminal restored, nothing on
    /// standard error and no crash file.
    @Test(arguments: [FatalSignal(number: SIGINT, name: "SIGINT"), FatalSignal(number: SIGTERM, name: "SIGTERM")])
    func aQuitSignalIsAQuietCleanExit(signal: FatalSignal) async throws {
        let app = try await TackUnderTest.launch(demo: true, inShell: true)
        defer { Task { await app.shutDown() } }
        try await app.terminal.require("Boards (")
        kill(try await app.programProcessID(), signal.number)

        try await app.terminal.require(TackUnderTest.shellReady)
        let screen = try await app.terminal.screen()
        #expect(screen.contains("tack exited with 0"), "screen was:\n\(screen)")
        #expect(try await app.terminal.paneFormat("#{alternate_on} #{cursor_flag} #{keypad_flag}") == "0 1 0")
        #expect(try String(contentsOf: app.standardErrorFile, encoding: .utf8).isEmpty)
        let state = try FileManager.default.contentsOfDirectory(atPath: app.home.appending(path: "state/tack").path)
        #expect(!state.contains { $0.hasPrefix("crash-") }, "\(state)")
    }
}
