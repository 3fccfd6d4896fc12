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
        try await terminal.require(recipes.name)

        // A board.
        try await terminal.send("n")
        try await terminal.require("New board")
        try await terminal.send("E2E Trips 🧳", literal: true)
        try await terminal.send("Tab")
        try await terminal.send("Places to go", literal: true)
        try await terminal.send("C-s")
        var board: Board?
        #expect(try await eventually {
            board = try await client.boardsListPages().allItems().first { $0.name == "E2E Trips 🧳" }
            return board != nil
        })
        let newBoard = try #require(board)
        #expect(newBoard.description == "Places to go")
        try await terminal.require("no “New board”, “E2E Trips”") { !$0.contains("New board") && $0.contains("E2E Trips") }

        // A section in it: the selection landed on the new board, so Enter opens it.
        try await terminal.send("Enter")
        try await terminal.require("(all pins)")
        try await terminal.send("n")
        try await terminal.require("New section")
        try await terminal.send("Day one", literal: true)
        try await terminal.send("C-s")
        var section: BoardSection?
        #expect(try await eventually {
            section = try await client.boardSectionsList(boardId: newBoard.id).items.first { $0.name == "Day one" }
            return section != nil
        })
        let newSection = try #require(section)

        // A pin in the section, from an image URL.
        try await terminal.require("no “New section”, “Day one”") { !$0.contains("New section") && $0.contains("Day one") }
        try await terminal.send("Enter")
        try await terminal.require("› Day one (")
        try await terminal.send("n")
        try await terminal.require("New pin")
        try await terminal.send("Harbour at dawn", literal: true)
        try await terminal.send("Tab", "Tab")                           // title → description → link
        try await terminal.send("https://example.com/harbour", literal: true)
        try await terminal.send("Tab", "Tab", "Tab", "Tab")             // alt text, colour, media (image URL), source
        try await terminal.send("https://images.example.com/harbour.jpg", literal: true)
        try await terminal.send("C-s")
        var created: Pin?
        #expect(try await eventually {
            created = try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id)
                .items.first { $0.title == "Harbour at dawn" }
            return created != nil
        })
        let pin = try #require(created)
        #expect(pin.link == "https://example.com/harbour")

        // Edit its title.
        try await terminal.require("no “New pin”, “Harbour at dawn”") { !$0.contains("New pin") && $0.contains("Harbour at dawn") }
        try await terminal.send("e")
        try await terminal.require("Edit pin")
        try await terminal.send("C-u")                                  // clear the title before the cursor
        try await terminal.send("Harbour at dusk", literal: true)
        try await terminal.send("C-s")
        #expect(try await eventually { try await client.pinsGet(pinId: pin.id).title == "Harbour at dusk" })

        // The move form starts where the pin is: saving it unchanged moves nothing.
        try await terminal.require("no “Edit pin”, “Harbour at dusk”") { !$0.contains("Edit pin") && $0.contains("Harbour at dusk") }
        try await terminal.send("m")
        try await terminal.require("Move pin", "Section  Day one")
        try await terminal.send("C-s")
        try await terminal.require("Nothing changed")
        #expect(try await client.pinsGet(pinId: pin.id).boardSectionId == newSection.id, "still in its section")

        // Move it to another board, chosen in a picker.
        try await terminal.send("m")
        try await terminal.require("Move pin")
        try await terminal.send("Enter")                                // the board field opens the picker
        try await terminal.send("Garden", literal: true)
        try await terminal.require(garden.name)
        try await terminal.send("Enter")
        try await terminal.send("C-s")
        #expect(try await eventually { try await client.pinsGet(pinId: pin.id).boardId == garden.id })

        // Save an existing pin into the section.
        try await terminal.require("“Harbour at dusk” moved to “\(garden.name)”")
        try await terminal.send("a")
        try await terminal.require("Save pin")
        try await terminal.send("https://www.pinterest.com/pin/\(pinToSave.id)/", literal: true)
        try await terminal.send("C-s")
        var saved: Pin?
        #expect(try await eventually {
            saved = try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id).items.first
            return saved != nil
        })
        let savedPin = try #require(saved)
        #expect(savedPin.title == pinToSave.title)
        try await terminal.require("Pin saved to “E2E Trips 🧳 › Day one”")

        // Delete the saved pin: the dialog names it, enter does not delete, y does.
        try await terminal.require("no “Save pin”") { !$0.contains("Save pin") }
        try await terminal.send("x")
        try await terminal.require("Delete the pin “\(pinToSave.title ?? "")")
        try await terminal.send("Enter")
        try await terminal.require("Press y to delete")
        #expect(try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id).items.count == 1)
        try await terminal.send("y")
        #expect(try await eventually {
            try await client.boardSectionsListPins(boardId: newBoard.id, sectionId: newSection.id).items.isEmpty
        })

        // Delete the section, then the board. Each Esc is let through before the next key: an Esc
        // followed at once by "x" is what a terminal sends for alt-x.
        try await terminal.send("Escape")
        try await terminal.require("e rename")                    // the sections pane's keys
        try await terminal.send("x")
        try await terminal.require("Delete the section “Day one”? It has no pins.")
        try await terminal.send("Enter")
        try await terminal.require("Press y to delete")
        #expect(try await client.boardSectionsList(boardId: newBoard.id).items.count == 1)
        try await terminal.send("y")
        #expect(try await eventually { try await client.boardSectionsList(boardId: newBoard.id).items.isEmpty })

        try await terminal.send("Escape")
        try await terminal.require("the boards pane's keys") { $0.contains("x delete") && !$0.contains("esc back") }
        try await terminal.send("x")
        try await terminal.require("Delete board", "E2E Trips")
        try await terminal.send("Enter")
        try await terminal.require("Press y to delete")
        #expect(try await client.boardsListPages().allItems().contains { $0.id == newBoard.id })
        try await terminal.send("y")
        #expect(try await eventually {
            try await !client.boardsListPages().allItems().contains { $0.id == newBoard.id }
        })

        // The moved pin, on the other board, goes too.
        try await client.pinsDelete(pinId: pin.id)
        await #expect(throws: PinterestError.self) { try await client.pinsGet(pinId: pin.id) }
    }

    /// The keys that create a board and save the form, per shipped keymap (tmux key names).
    struct CreateKeys: Sendable, CustomTestStringConvertible {
        var preset: String
        var create: String
        var submit: [String]
        var testDescription: String { preset }
    }

    @Test(arguments: [
        CreateKeys(preset: "default", create: "n", submit: ["C-s"]),
        CreateKeys(preset: "vim", create: "o", submit: ["C-s"]),
        CreateKeys(preset: "emacs", create: "+", submit: ["C-c", "C-c"]),
    ])
    func createsABoardWithEachKeymapsKeys(keys: CreateKeys) async throws {
        let app = try await TackUnderTest.launch(arguments: ["--keymap", keys.preset])
        defer { Task { await app.shutDown() } }
        try await app.terminal.require("Boards (")
        try await app.terminal.send(keys.create)
        try await app.terminal.require("New board")
        let name = "Made with \(keys.preset) keys"
        try await app.terminal.send(name, literal: true)
        for key in keys.submit { try await app.terminal.send(key) }
        #expect(try await eventually {
            try await app.client.boardsListPages().allItems().contains { $0.name == name }
        })
    }

    @Test func aFailedCreateKeepsWhatWasTypedAndARetrySucceeds() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        try await terminal.require("Boards (")
        await app.sandbox.setFaults(FaultConfiguration(failNextWrites: 1))

        try await terminal.send("n")
        try await terminal.require("New board")
        try await terminal.send("Kept after failure 🌧", literal: true)
        try await terminal.send("C-s")
        let failed = try await terminal.waitForScreen { $0.contains("New board") && $0.contains("to retry") }
        #expect(failed.matched, "the form stays open with the server's error; screen was:\n\(failed.screen)")
        #expect(failed.screen.contains("Kept after failure 🌧"), "what was typed survives")
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: "/boards") == 1, "no blind retry")

        try await terminal.send("C-s")
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

        try await terminal.require(recipes.name)
        try await terminal.send("Enter")                      // open the board: focus on Sections, "(all pins)" selected
        try await terminal.require("(all pins)")
        try await terminal.send("Enter")                      // all pins: focus on Pins
        try await terminal.require(firstFive[0].title ?? "")
        for _ in firstFive {
            try await terminal.send("Space")                  // marks the pin and moves to the next
        }
        try await terminal.require("5 marked")
        try await terminal.send("m")
        try await terminal.require("Move 5 pins")
        try await terminal.send("Enter")
        try await terminal.send("Garden", literal: true)
        try await terminal.require(garden.name)
        try await terminal.send("Enter")
        try await terminal.send("C-s")
        try await terminal.require("Move 5 pins to “\(garden.name)”?")
        try await terminal.send("y")
        let summary = try await terminal.waitFor("5 moved")
        #expect(summary.matched, "screen was:\n\(summary.screen)")

        for pin in firstFive {
            #expect(try await client.pinsGet(pinId: pin.id).boardId == garden.id)
        }
        #expect(try await client.boardsListPinsPages(boardId: garden.id).allItems().count == gardenCountBefore + 5)
    }

    /// A carousel of files whose paths hold spaces (quoted, from `~`), then an image over Pinterest's
    /// size limit, refused in the form before anything is sent and without a retry key.
    @Test func aCarouselOfQuotedPathsIsCreatedAndATooLargeImageIsRefusedBeforeSending() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let photos = app.home.appending(path: "My photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try png.write(to: photos.appending(path: "peach 1.png"))
        try png.write(to: photos.appending(path: "tart 2.png"))
        let huge = app.home.appending(path: "huge.png")
        try png.write(to: huge)
        let handle = try #require(FileHandle(forWritingAtPath: huge.path))
        try handle.truncate(atOffset: 21 * 1024 * 1024)                 // sparse: nothing is written
        try handle.close()
        let recipes = try #require(try await client.boardsListPages().allItems().first)
        try await terminal.require(recipes.name)
        try await terminal.send("Enter")
        try await terminal.require("(all pins)")
        try await terminal.send("Enter")                                // focus on the board's pins

        try await terminal.send("n")
        try await terminal.require("New pin")
        try await terminal.send("Carousel with spaces", literal: true)
        try await terminal.send("Tab", "Tab", "Tab", "Tab", "Tab")      // description, link, alt text, colour, media
        try await terminal.send("Enter", "Enter", "Enter")              // image URL → file → URLs → files
        try await terminal.require("Carousel of image files")
        try await terminal.send("Tab")
        try await terminal.send(#"~/My\ photos/peach\ 1.png "~/My photos/tart 2.png""#, literal: true)
        try await terminal.send("C-s")
        var created: Pin?
        #expect(try await eventually {
            created = try await client.boardsListPinsPages(boardId: recipes.id).allItems()
                .first { $0.title == "Carousel with spaces" }
            return created != nil
        })
        #expect(created?.creativeType == .carousel)

        try await terminal.require("no “New pin”") { !$0.contains("New pin") }
        try await terminal.send("n")
        try await terminal.require("New pin")
        try await terminal.send("Too big", literal: true)
        try await terminal.send("Tab", "Tab", "Tab", "Tab", "Tab", "Enter")   // media: image file
        try await terminal.require("Image file")
        try await terminal.send("Tab")
        try await terminal.send("~/huge.png", literal: true)
        try await terminal.send("C-s")
        let refused = try await terminal.waitFor("is 21 MB", "up to 20 MB")
        #expect(refused.matched, "screen was:\n\(refused.screen)")
        #expect(!refused.screen.contains("to retry"), "retrying cannot help; screen was:\n\(refused.screen)")
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: "/pins") == 1, "only the carousel was sent")
    }
}
