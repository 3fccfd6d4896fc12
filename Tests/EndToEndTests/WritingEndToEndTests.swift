import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// Creating, editing, moving, saving and deleting through the real binary's forms and dialogs, with the
/// sandbox's state checked through the API after every step.
@Suite(.serialized)
struct WritingEndToEndTests {
    @Test func createsEditsMovesSavesAndDeletesBoardsSectionsAndPins() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let boardsBefore = try await client.boardsListPages().allItems()
        let garden = try #require(boardsBefore.first { $0.name.hasPrefix("Garden ideas") })
        let recipes = try #require(boardsBefore.first)
        let pinToSave = try #require(try await client.boardsListPins(boardId: recipes.id).items.first)
        try #require(await terminal.waitFor(recipes.name).matched)

        // A board.
        try terminal.send("n")
        try #require(await terminal.waitFor("New board").matched)
        try terminal.send("E2E Trips 🧳", literal: true)
        try terminal.send("Tab")
        try terminal.send("Places to go", literal: true)
        try terminal.send("C-s")
        var board: Board?
        #expect(try await eventually {
            board = try await client.boardsListPages().allItems().first { $0.name == "E2E Trips 🧳" }
            return board != nil
        })
        let newBoard = try #require(board)
        #expect(newBoard.description == "Places to go")
        try #require(await terminal.waitForScreen { !$0.contains("New board") && $0.contains("E2E Trips") }.matched)

        // A section in it: the selection landed on the new board, so Enter opens it.
        try terminal.send("Enter")
        try #require(await terminal.waitFor("(all pins)").matched)
        try terminal.send("n")
        try #require(await terminal.waitFor("New section").matched)
        try terminal.send("Day one", literal: true)
        try terminal.send("C-s")
        var section: BoardSection?
        #expect(try await eventually {
            section = try await client.boardSectionsList(boardId: newBoard.id).items.first { $0.name == "Day one" }
            return section != nil
        })
        let newSection = try #require(section)

        // A pin in the section, from an image URL.
        try #require(await terminal.waitForScreen { !$0.contains("New section") && $0.contains("Day one") }.matched)
        try terminal.send("Enter")
        try #require(await terminal.waitFor("· Day one ─").matched)
        try terminal.send("n")
        try #require(await terminal.waitFor("New pin").matched)
        try terminal.send("Harbour at dawn", literal: true)
        try terminal.send("Tab", "Tab")                           // title → description → link
        try terminal.send("https://example.com/harbour", literal: true)
        try terminal.send("Tab", "Tab", "Tab", "Tab")             // alt text, colour, media (image URL), source
        try terminal.send("https://images.example.com/harbour.jpg", literal: true)
        try terminal.send("C-s")
        var created: Pin?
        #expect(try await eventually {
            created = try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id)
                .items.first { $0.title == "Harbour at dawn" }
            return created != nil
        })
        let pin = try #require(created)
        #expect(pin.link == "https://example.com/harbour")

        // Edit its title.
        try #require(await terminal.waitForScreen { !$0.contains("New pin") && $0.contains("Harbour at dawn") }.matched)
        try terminal.send("e")
        try #require(await terminal.waitFor("Edit pin").matched)
        try terminal.send("C-u")                                  // clear the title before the cursor
        try terminal.send("Harbour at dusk", literal: true)
        try terminal.send("C-s")
        #expect(try await eventually { try await client.pinsGet(pinId: pin.id).title == "Harbour at dusk" })

        // Move it to another board, chosen in a picker.
        try #require(await terminal.waitForScreen { !$0.contains("Edit pin") && $0.contains("Harbour at dusk") }.matched)
        try terminal.send("m")
        try #require(await terminal.waitFor("Move pin").matched)
        try terminal.send("Enter")                                // the board field opens the picker
        try terminal.send("Garden", literal: true)
        try #require(await terminal.waitFor(garden.name).matched)
        try terminal.send("Enter")
        try terminal.send("C-s")
        #expect(try await eventually { try await client.pinsGet(pinId: pin.id).boardId == garden.id })

        // Save an existing pin into the section.
        try #require(await terminal.waitForScreen { !$0.contains("Move pin") && !$0.contains("Harbour at dusk") }.matched)
        try terminal.send("a")
        try #require(await terminal.waitFor("Save pin").matched)
        try terminal.send("https://www.pinterest.com/pin/\(pinToSave.id)/", literal: true)
        try terminal.send("C-s")
        var saved: Pin?
        #expect(try await eventually {
            saved = try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id).items.first
            return saved != nil
        })
        let savedPin = try #require(saved)
        #expect(savedPin.title == pinToSave.title)

        // Delete the saved pin (confirmed).
        try #require(await terminal.waitForScreen { !$0.contains("Save pin") }.matched)
        try terminal.send("x")
        try #require(await terminal.waitFor("Delete").matched)
        try terminal.send("y")
        #expect(try await eventually {
            try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id).items.isEmpty
        })

        // Delete the section, then the board: back in the sections pane.
        try terminal.send("Escape")
        try #require(await terminal.waitForScreen { !$0.contains("Delete") }.matched)
        try terminal.send("x")
        try #require(await terminal.waitFor("Day one", "Delete").matched)
        try terminal.send("y")
        #expect(try await eventually { try await client.boardSectionsList(boardId: newBoard.id).items.isEmpty })

        try terminal.send("Escape")
        try #require(await terminal.waitForScreen { !$0.contains("Delete") }.matched)
        try terminal.send("x")
        let confirmation = try await terminal.waitFor("E2E Trips", "Delete")
        #expect(confirmation.matched, "screen was:\n\(confirmation.screen)")
        try terminal.send("y")
        #expect(try await eventually {
            try await !client.boardsListPages().allItems().contains { $0.id == newBoard.id }
        })

        // The moved pin, on the other board, goes too.
        try await client.pinsDelete(pinId: pin.id)
        await #expect(throws: PinterestError.self) { try await client.pinsGet(pinId: pin.id) }
    }

    @Test func aFailedCreateKeepsWhatWasTypedAndARetrySucceeds() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        try #require(await terminal.waitFor("Boards (").matched)
        await app.sandbox.setFaults(FaultConfiguration(failNextWrites: 1))

        try terminal.send("n")
        try #require(await terminal.waitFor("New board").matched)
        try terminal.send("Kept after failure 🌧", literal: true)
        try terminal.send("C-s")
        let failed = try await terminal.waitForScreen { $0.contains("New board") && $0.contains("500") }
        #expect(failed.matched, "the form stays open with the server's error; screen was:\n\(failed.screen)")
        #expect(failed.screen.contains("Kept after failure 🌧"), "what was typed survives")
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: "/boards") == 1, "no blind retry")

        try terminal.send("C-s")
        #expect(try await eventually {
            try await app.client.boardsListPages().allItems().contains { $0.name == "Kept after failure 🌧" }
        })
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: "/boards") == 2)
        let closed = try await terminal.waitForScreen { !$0.contains("New board") }
        #expect(closed.matched, "screen was:\n\(closed.screen)")
    }

    @Test func bulkMovesFiveMarkedPins() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let boards = try await client.boardsListPages().allItems()
        let recipes = try #require(boards.first)
        let garden = try #require(boards.first { $0.name.hasPrefix("Garden ideas") })
        let gardenCountBefore = try await client.boardsListPinsPages(boardId: garden.id).allItems().count
        let firstFive = Array(try await client.boardsListPins(boardId: recipes.id).items.prefix(5))
        try #require(firstFive.count == 5)

        try #require(await terminal.waitFor(recipes.name).matched)
        try terminal.send("Enter")                      // open the board: focus on Sections, "(all pins)" selected
        try #require(await terminal.waitFor("(all pins)").matched)
        try terminal.send("Enter")                      // all pins: focus on Pins
        try #require(await terminal.waitFor(firstFive[0].title ?? "").matched)
        for _ in firstFive {
            try terminal.send("Space")
            try terminal.send("Down")
        }
        try #require(await terminal.waitFor("5 marked").matched)
        try terminal.send("m")
        try #require(await terminal.waitFor("Move 5 pins").matched)
        try terminal.send("Enter")
        try terminal.send("Garden", literal: true)
        try #require(await terminal.waitFor(garden.name).matched)
        try terminal.send("Enter")
        try terminal.send("C-s")
        let summary = try await terminal.waitFor("5 moved")
        #expect(summary.matched, "screen was:\n\(summary.screen)")

        for pin in firstFive {
            #expect(try await client.pinsGet(pinId: pin.id).boardId == garden.id)
        }
        #expect(try await client.boardsListPinsPages(boardId: garden.id).allItems().count == gardenCountBefore + 5)
    }
}
