import PinterestAPI
import Testing

/// board_sections/list, create, update, delete and list_pins, end to end.
@Suite struct SectionTests {
    @Test func listReturnsTheSeededSections() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            let page = try await world.client.boardSectionsList(boardId: board.id)
            #expect(page.items.map(\.name) == Demo.summerRecipesSections)
            #expect(page.bookmark == nil)
            #expect(Set(page.items.map(\.id)).count == page.items.count)
        }
    }

    @Test func listPinsReturnsOnlyTheSectionsPins() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            var inSections = 0
            for name in Demo.summerRecipesSections {
                let section = try await world.section(named: name, boardId: board.id)
                let pins = try await world.client.boardSectionsListPinsPages(boardId: board.id, sectionId: section.id)
                    .allItems()
                #expect(pins.count == 16, "\(name)")
                #expect(pins.allSatisfy { $0.boardId == board.id && $0.boardSectionId == section.id })
                inSections += pins.count
            }
            let all = try await world.client.boardsListPinsPages(boardId: board.id).allItems()
            #expect(all.filter { $0.boardSectionId == nil }.count == all.count - inSections)
        }
    }

    @Test func createListRenameListDeleteList() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            let created = try await client.boardSectionsCreate(boardId: board.id, BoardSectionCreate(name: "Breakfast ☕"))
            #expect(created.name == "Breakfast ☕")
            #expect(try await client.boardSectionsList(boardId: board.id).items.last == created)
            #expect(try await client.boardSectionsListPins(boardId: board.id, sectionId: created.id).items.isEmpty)

            let renamed = try await client.boardSectionsUpdate(
                boardId: board.id, sectionId: created.id, BoardSectionUpdate(name: "Brunch"))
            #expect(renamed == BoardSection(id: created.id, name: "Brunch"))
            #expect(try await client.boardSectionsList(boardId: board.id).items.last == renamed)

            try await client.boardSectionsDelete(boardId: board.id, sectionId: created.id)
            #expect(try await client.boardSectionsList(boardId: board.id).items.map(\.name) == Demo.summerRecipesSections)
            let gone = try await expectPinterestError {
                try await client.boardSectionsListPins(boardId: board.id, sectionId: created.id)
            }
            #expect(gone.status == 404)
        }
    }

    @Test func deletingASectionDeletesItsPins() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            let section = try await world.section(named: "Desserts", boardId: board.id)
            try await client.boardSectionsDelete(boardId: board.id, sectionId: section.id)
            #expect(try await client.boardsGet(boardId: board.id).pinCount == 64 - 16)
        }
    }
}
