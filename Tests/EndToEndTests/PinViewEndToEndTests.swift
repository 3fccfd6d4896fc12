import Foundation
import PinterestAPI
import Testing

/// The real binary in tmux against the sandbox: enter on a pin opens the pin view with the whole
/// description, the list keys scroll it, and back returns to the list.
@Suite(.serialized)
struct PinViewEndToEndTests {
    struct KeymapKeys: Sendable, CustomTestStringConvertible {
        var preset: String
        var open: String
        var bottom: String
        var back: String
        var testDescription: String { preset }
    }

    static let description = "Start of the story: "
        + String(repeating: "charred peaches, burrata and basil with a honey-lime dressing; ", count: 9)
        + "and these are the very last words."

    @Test(arguments: [
        KeymapKeys(preset: "default", open: "Enter", bottom: "End", back: "Escape"),
        KeymapKeys(preset: "vim", open: "l", bottom: "G", back: "h"),
    ])
    func opensAPinReadsItsWholeDescriptionScrollsAndGoesBack(keys: KeymapKeys) async throws {
        // Pictures off: at 80x24 a picture beside the fields would leave the long description too narrow
        // to fit on the first screen, which this test reads whole (pictures: PicturesEndToEndTests).
        let app = try await TackUnderTest.launch(arguments: ["--keymap", keys.preset, "--images", "off"], width: 80, height: 24)
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        let pin = try #require(try await app.client.boardsListPins(boardId: board.id).items.first)
        _ = try await app.client.pinsUpdate(pinId: pin.id, PinUpdate(description: Self.description))
        let title = try #require(pin.title)

        try await app.terminal.require(board.name)
        try await app.terminal.send("Enter")                  // the board: its sections, "(all pins)" selected
        try await app.terminal.require("(all pins)")
        try await app.terminal.send("Enter")                  // its pins, the first selected
        try await app.terminal.require("Pins · ", title)
        try await app.terminal.send(keys.open)                // the pin view
        try await app.terminal.require("Pin · ", "Start of the story:", "the very last words.", "more ─")

        try await app.terminal.send(keys.bottom)              // scrolled to the end
        try await app.terminal.require("the end of the pin view") { screen in
            screen.contains("pin id") && screen.contains(pin.id) && screen.contains("above ─") && !screen.contains("more ─")
                && !screen.contains("Start of the story:")
        }

        try await app.terminal.send(keys.back)                // back to the list, the pin still selected
        try await app.terminal.require("the pins pane again") { screen in
            screen.contains("Pins · ") && screen.contains("▸ \(title)") && !screen.contains("Start of the story:")
        }
    }
}
