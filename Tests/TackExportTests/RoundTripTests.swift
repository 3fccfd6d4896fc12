import Foundation
import PinterestAPI
import PinterestSandbox
import Testing
import TackExport

/// Export → import into a second sandbox started empty gives the same boards, sections and pins; a second
/// import makes nothing.
@Suite(.serialized) struct RoundTripTests {
    @Test func anImportIntoAnEmptyAccountRecreatesTheBoardsSectionsAndPins() async throws {
        try await ExportWorld.run { world in
            try await world.export(into: "export", pageSize: 250)
            let target = try await SandboxServer.start(SandboxConfiguration(content: .empty))
            let client = ExportWorld.client(for: target)
            defer { Task { try? await client.shutdown(); await target.stop() } }
            #expect(try await client.boardsList().items.isEmpty, "the second sandbox starts with no boards")
            #expect(try await client.followersList().items.isEmpty)

            let importer = Importer(client: client, directory: world.directory("export"))
            let first = try await importer.run()
            #expect(first.failures.isEmpty, "\(first.failures)")
            #expect(first.boards.created == 8)
            #expect(first.pins.created == 164)
            #expect(first.pinsSaved == 0, "another server: the originals cannot be saved, so pins are made from their images")
            #expect(!first.notes.isEmpty, "video pins are noted as made from their cover image")
            #expect(try await contents(of: client) == contents(of: world.client))

            let second = try await importer.run()
            #expect(second.createdNothing)
            #expect(second.pins.alreadyThere == 164 && second.boards.alreadyThere == 8)
            #expect(second.failures.isEmpty)
            #expect(try await contents(of: client) == contents(of: world.client), "nothing was added")
        }
    }

    @Test func importingIntoTheSameServerSavesTheOriginalPinsOfABoardNotThere() async throws {
        try await ExportWorld.run { world in
            try await world.export(into: "export", pageSize: 250)
            // A board renamed since: the import finds no board of its name, makes it again and saves its
            // pins from the originals, which are still there; the other boards are matched by name.
            let boards = try await world.client.boardsList().items
            let gifts = try #require(boards.first { $0.name == "Gift ideas 🎁" })
            let before = try await world.client.boardsListPins(boardId: gifts.id).items
            _ = try await world.client.boardsUpdate(boardId: gifts.id, BoardUpdate(name: "Old gift ideas"))
            let summary = try await Importer(client: world.client, directory: world.directory("export")).run()
            #expect(summary.failures.isEmpty, "\(summary.failures)")
            #expect(summary.boards.created == 1 && summary.boards.matched == 7)
            #expect(summary.pins.created == before.count && summary.pinsSaved == before.count)
            #expect(summary.pins.matched == 164 - before.count, "the pins of the boards that were there are not copied again")
            let remade = try #require(try await world.client.boardsList().items.first { $0.name == "Gift ideas 🎁" })
            let after = try await world.client.boardsListPins(boardId: remade.id).items
            #expect(after.map(\.title) == before.map(\.title))
            #expect(Set(after.compactMap(\.parentPinId)) == Set(before.map(\.id)), "each saved from its original")
        }
    }
}

/// An account's boards (in order) with their sections and pins, as comparable values.
private struct BoardContents: Hashable {
    var name: String
    var description: String?
    var privacy: String?
    var sections: [String]
    var pins: [PinContents]
}

private struct PinContents: Hashable {
    var title: String?
    var description: String?
    var link: String?
    var altText: String?
    var section: String?
}

private func contents(of client: PinterestClient) async throws -> [BoardContents] {
    var result: [BoardContents] = []
    for try await page in client.boardsListPages() {
        for board in page.items {
            var sections: [String: String] = [:]
            var names: [String] = []
            for try await sectionPage in client.boardSectionsListPages(boardId: board.id) {
                for section in sectionPage.items {
                    sections[section.id] = section.name
                    names.append(section.name)
                }
            }
            var pins: [PinContents] = []
            for try await pinPage in client.boardsListPinsPages(boardId: board.id) {
                pins += pinPage.items.map {
                    PinContents(
                        title: $0.title, description: $0.description, link: $0.link, altText: $0.altText,
                        section: $0.boardSectionId.flatMap { sections[$0] })
                }
            }
            result.append(BoardContents(
                name: board.name, description: board.description, privacy: board.privacy?.rawValue, sections: names, pins: pins))
        }
    }
    return result
}
