import Foundation
import PinterestAPI
import Testing

/// The real binary in tmux against the sandbox: what a user sees when browsing by keyboard.
@Suite(.serialized)
struct BrowsingEndToEndTests {
    /// Keys that browse from the first board into its first section, per shipped keymap.
    struct KeymapKeys: Sendable, CustomTestStringConvertible {
        var preset: String
        var down: String
        var testDescription: String { preset }
    }

    @Test(arguments: [
        KeymapKeys(preset: "default", down: "Down"),
        KeymapKeys(preset: "vim", down: "j"),
        KeymapKeys(preset: "emacs", down: "C-n"),
    ])
    func browsesIntoASectionAndReadsAPinsDetail(keys: KeymapKeys) async throws {
        let app = try await TackUnderTest.launch(arguments: ["--keymap", keys.preset])
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        let section = try #require(try await app.client.boardSectionsList(boardId: board.id).items.first)
        let pin = try #require(
            try await app.client.boardSectionsListPins(boardId: board.id, sectionId: section.id).items.first)
        let pinTitle = try #require(pin.title)

        try await app.terminal.require(board.name)
        try await app.terminal.send("Enter")                 // open the board: its sections and pins load
        try await app.terminal.require("(all pins)", section.name)
        try await app.terminal.send(keys.down)               // from "(all pins)" to the first section
        try await app.terminal.send("Enter")                 // open the section: its pins, focus on Pins
        let detail = try await app.terminal.waitFor("section", "› \(section.name) (", pinTitle)
        #expect(detail.matched, "screen was:\n\(detail.screen)")
        let detailLines = detail.screen.split(separator: "\n").filter { $0.contains("section ") }
        #expect(detailLines.contains { $0.contains(section.name) }, "screen was:\n\(detail.screen)")
        if let link = pin.link {
            #expect(detail.screen.contains(String(link.prefix(30))), "screen was:\n\(detail.screen)")
        }
    }

    @Test func thePanesNameTheirBoardAndBoardsIFollowCloseIt() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)

        try await app.terminal.require(board.name)
        try await app.terminal.send("Enter")
        try await app.terminal.require("Pins · \(board.name) (")
        try await app.terminal.send("f")
        try await app.terminal.require("Boards I follow", "Open a board to see its pins")
        try await app.terminal.require("no pins of “\(board.name)”") { !$0.contains("Pins · \(board.name)") }
    }

    @Test func filtersTheBoardsPaneAsYouTypeAndEscClears() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let boards = try await app.client.boardsList().items
        let target = try #require(boards.first { $0.name.contains("Tokyo") })
        let other = try #require(boards.first { !$0.name.localizedCaseInsensitiveContains("tokyo") })

        try await app.terminal.require(target.name, other.name)
        try await app.terminal.send("/")
        try await app.terminal.send("tOKy", literal: true)
        // Waits for the whole text: the first letter alone may already hide `other`.
        let filtered = try await app.terminal.waitForScreen {
            $0.contains("tOKy") && $0.contains(target.name) && !$0.contains(other.name)
        }
        #expect(filtered.matched, "the filter text is shown while typing; screen was:\n\(filtered.screen)")

        try await app.terminal.send("Escape")
        let cleared = try await app.terminal.waitFor(target.name, other.name)
        #expect(cleared.matched, "screen was:\n\(cleared.screen)")

        // A kept filter shows in the title; esc clears it first, and only then goes back.
        try await app.terminal.send("Enter")
        try await app.terminal.require("Pins · \(target.name)")
        try await app.terminal.send("/")
        try await app.terminal.send("zzz", literal: true)
        try await app.terminal.send("Enter")
        try await app.terminal.require("/ zzz", "esc clear filter")
        try await app.terminal.send("Escape")
        try await app.terminal.require("the filter cleared") { !$0.contains("/ zzz") && $0.contains("esc back") }
        try await app.terminal.send("Escape")
        try await app.terminal.require("the boards pane's keys") { !$0.contains("esc back") && $0.contains("n new") }
    }

    @Test func relaysOutOnResizeAndExplainsWhenTooSmall() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name)

        try await app.terminal.resize(width: 80, height: 24)
        let narrow = try await app.terminal.waitForScreen { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("Boards") && screen.contains(board.name)
                && lines.allSatisfy { $0.count <= 80 } && lines.first?.contains("Tack") == true
        }
        #expect(narrow.matched, "screen was:\n\(narrow.screen)")

        try await app.terminal.resize(width: 40, height: 10)
        let tiny = try await app.terminal.waitFor("too small")
        #expect(tiny.matched, "screen was:\n\(tiny.screen)")

        try await app.terminal.resize(width: 120, height: 40)
        let wide = try await app.terminal.waitForScreen { $0.contains(board.name) && !$0.contains("too small") }
        #expect(wide.matched, "screen was:\n\(wide.screen)")
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "xterm", "vt100"])
    func browsesAndQuitsUnderEachTerminalType(term: String) async throws {
        let app = try await TackUnderTest.launch(term: term)
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name, "Boards (")
        try await app.terminal.send("Enter")
        try await app.terminal.require("(all pins)")
        let pid = try await app.terminal.programProcessID()
        try await app.terminal.send("q")
        #expect(await eventually(timeout: .seconds(5)) { !ProcessState.isRunning(pid) }, "q quits under TERM=\(term)")
    }

    /// The deadline bounds "never" (a process left running after its terminal is gone), not speed: on a
    /// loaded machine a second is not always enough for any process to be scheduled and end.
    @Test func exitsWhenTheTerminalHangsUp() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        try await app.terminal.require("Boards")
        let pid = try await app.terminal.programProcessID()
        #expect(ProcessState.isRunning(pid), "tack is running before the hang-up")

        try await app.terminal.killServer()
        let deadline = ContinuousClock.now + .seconds(10)
        while ProcessState.isRunning(pid) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(
            !ProcessState.isRunning(pid),
            "tack (pid \(pid)) was still running 10 s after SIGHUP: \(ProcessState.describe(pid))")
    }
}
