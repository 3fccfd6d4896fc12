import Foundation
import Testing

/// The real binary in tmux on its demo sandbox: the selected pin's picture is drawn in the detail
/// pane as coloured half-block cells (tmux answers no graphics query, so `auto` picks symbols), and
/// moving the selection replaces it with the next pin's.
@Suite(.serialized)
struct PicturesEndToEndTests {
    /// The detail pane's rows that hold a picture: rows of at least eight block elements (▀ ▄ ▌ ▐ █ …).
    static func pictureRows(_ screen: String) -> [String] {
        screen.components(separatedBy: "\n").filter { line in
            line.unicodeScalars.filter { (0x2580...0x259F).contains($0.value) }.count >= 8
        }
    }

    /// The colours of the picture's cells, as tmux reports them: the SGR sequences on the picture rows
    /// that set a 256-colour or true-colour foreground or background.
    static func pictureColours(_ styledScreen: String) -> [String] {
        pictureRows(styledScreen).flatMap { line in
            line.components(separatedBy: "\u{1B}[").dropFirst().compactMap { part -> String? in
                guard let end = part.firstIndex(of: "m") else { return nil }
                let parameters = String(part[..<end])
                return parameters.contains("38;5;") || parameters.contains("48;5;") || parameters.contains("38;2;")
                    || parameters.contains("48;2;") ? parameters : nil
            }
        }
    }

    @Test func theDetailShowsThePinsPictureInColouredHalfBlocksAndFollowsTheSelection() async throws {
        // NO_COLOR emptied: a test runner that sets it would leave only the framed placeholder.
        let app = try await TackUnderTest.launch(width: 120, height: 40, demo: true, environment: ["NO_COLOR": ""])
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        try await terminal.require("Boards")
        try await terminal.send("Enter")                       // the first board: its sections
        try await terminal.require("(all pins)")
        try await terminal.send("Enter")                       // its pins, the first selected
        try await terminal.require("Pins · ")

        var first: [String] = []
        let drawn = try await eventually {
            first = Self.pictureColours(try await terminal.styledScreen())
            return first.count >= 8
        }
        let screenWithout = try await terminal.styledScreen()
        let log = (try? String(contentsOf: app.home.appending(path: "state/tack/tack.log"), encoding: .utf8)) ?? ""
        let choice = log.components(separatedBy: "\n").first { $0.contains("pictures") } ?? "no renderer in the log"
        try #require(drawn, "no coloured picture in the detail pane (\(choice)):\n\(screenWithout)")

        try await terminal.send("Down")                        // the next pin
        var next: [String] = []
        let replaced = try await eventually {
            next = Self.pictureColours(try await terminal.styledScreen())
            return next.count >= 8 && next != first
        }
        let screenAfter = try await terminal.screen()
        #expect(replaced, "the picture did not change with the selection:\n\(screenAfter)")
    }
}
