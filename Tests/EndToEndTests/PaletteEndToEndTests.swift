import Foundation
import Testing

/// The real binary in tmux against the sandbox: the command palette and the help's filter.
@Suite(.serialized)
struct PaletteEndToEndTests {
    /// The palette's key and the help's filter key, per shipped keymap, as tmux names them.
    struct KeymapKeys: Sendable, CustomTestStringConvertible {
        var preset: String
        var palette: String
        var testDescription: String { preset }
    }

    @Test(arguments: [
        KeymapKeys(preset: "default", palette: "C-p"),
        KeymapKeys(preset: "vim", palette: ":"),
        KeymapKeys(preset: "emacs", palette: "M-x"),
    ])
    func opensThePaletteTypesTwoLettersAndRunsTheCommand(keys: KeymapKeys) async throws {
        let app = try await TackUnderTest.launch(arguments: ["--keymap", keys.preset])
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name, "[Boards]")

        try await app.terminal.send(keys.palette)
        try await app.terminal.require("Commands (", "Quit Tack")
        try await app.terminal.send("ac", literal: true)
        // "ac" starts the words of "The account: …" first: its row is highlighted, its key (A) shown.
        try await app.terminal.require("the highlighted account command") { screen in
            screen.split(separator: "\n").contains { $0.contains("▸ The account: profile") && $0.contains(" A") }
        }
        try await app.terminal.send("Enter")
        try await app.terminal.require("the account screen, the palette closed") { screen in
            screen.contains("[Account]") && !screen.contains("Commands (")
        }
    }

    @Test func filtersTheHelpAndEscClearsThenCloses() async throws {
        let app = try await TackUnderTest.launch(arguments: ["--keymap", "vim"])
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name)

        try await app.terminal.send("?")
        try await app.terminal.require("Help: keys", "Everywhere")
        try await app.terminal.send("/")
        try await app.terminal.send("secret", literal: true)
        try await app.terminal.require("Help: keys · /secret▏ · 1 match", "🔒", "A secret board, seen")
        try await app.terminal.send("Enter")
        try await app.terminal.require("the kept filter") { $0.contains("/secret · 1 match") && !$0.contains("Everywhere") }
        try await app.terminal.send("Escape")
        try await app.terminal.require("the whole help again") { $0.contains("Everywhere") && !$0.contains("/secret") }
        try await app.terminal.send("Escape")
        try await app.terminal.require("the help closed") { !$0.contains("Help: keys") }
    }
}
