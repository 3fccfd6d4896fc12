import Foundation
import PinterestAPI
import Testing

/// The real binary in tmux: keys as tmux sends them and what stays on screen across redraws.
@Suite(.serialized)
struct TerminalEndToEndTests {
    /// tmux sends `ESC [1~` and `ESC [4~` for Home and End whatever TERM says; xterm-256color's terminfo
    /// says `ESC OH` and `ESC OF`, so curses leaves them undecoded.
    @Test func homeAndEndWorkInTmuxUnderXterm256color() async throws {
        let app = try await TackUnderTest.launch(term: "xterm-256color")
        defer { Task { await app.shutDown() } }
        let boards = try await app.client.boardsList().items
        let first = try #require(boards.first), last = try #require(boards.last)
        // The start of each description: the screen drops the emoji presentation selector of "☀️".
        let firstDescription = String(try #require(first.description).prefix(20))
        let lastDescription = String(try #require(last.description).prefix(20))
        try await app.terminal.require(first.name, last.name, firstDescription)

        try await app.terminal.send("End")
        try await app.terminal.require("the last board's detail", where: { $0.contains(lastDescription) && !$0.contains(firstDescription) })
        try await app.terminal.send("Home")
        try await app.terminal.require("the first board's detail", where: { $0.contains(firstDescription) && !$0.contains(lastDescription) })
    }

    /// Emoji ZWJ sequences and flags: after moving the selection over them and back, every redraw done,
    /// the screen is the one the first frame showed (no character left over, no border moved). tmux
    /// folds a character drawn after a zero-width joiner into the joiner's cell, shifting the rest of the
    /// row, so a joiner on screen means the terminal and the drawing library disagree.
    @Test func rowsWithZWJSequencesAndFlagsRedrawCleanly() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let name = "Family👩‍👩‍👧trip🇫🇷ok❤️‍🔥!"
        _ = try await app.client.boardsCreate(.init(name: name, description: "flags 🇯🇵🇫🇷 and 👩‍👩‍👧 inside"))
        let boards = try await app.client.boardsList().items
        let first = try #require(boards.first)
        try await app.terminal.require(first.name)
        try await app.terminal.send("C-r")
        try await app.terminal.require("Family")
        try await app.terminal.send("Home")
        let firstDescription = String(try #require(first.description).prefix(20))
        let (settled, before) = try await app.terminal.waitForScreen {
            !$0.contains("loading") && $0.contains(firstDescription) && !$0.unicodeScalars.contains("\u{200D}")
        }
        try #require(settled, "the first screen was:\n\(before)")

        for _ in 0..<boards.count {
            try await app.terminal.send("Down")
        }
        try await app.terminal.send("Home")
        try await app.terminal.require("the first screen again", where: { $0 == before })
    }
}
