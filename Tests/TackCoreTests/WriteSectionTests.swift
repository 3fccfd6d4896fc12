import PinterestAPI
import TackCore
import Testing

@Suite("Writes: sections")
struct WriteSectionTests {
    @Test func aCreatedSectionIsAddedAfterTheOthersAndSelected() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.createSection))
        #expect(state.form?.kind == .createSection(boardId: "b1"))
        fill(&state, .name, with: "Soups 🍲")
        let effect = reduce(&state, .command(.submit))
        let request = WriteRequest.createSection(boardId: "b1", BoardSectionCreate(name: "Soups 🍲"))
        #expect(effect == .request(id: .write(request), .write(request)))
        #expect(state.boardsScreen.sections.items.count == 2, "creates wait for the answer")

        let soups = BoardSection(id: "s9", name: "Soups 🍲")
        send(&state, .writeSucceeded(request, .section(soups)))
        #expect(state.boardsScreen.sections.items.last == .section(soups))
        #expect(state.boardsScreen.sections.selectedItem == .section(soups))
        #expect(state.form == nil)
        #expect(state.statusMessage == "Section “Soups 🍲” created")
    }

    @Test func aSectionNameMustHaveOneTo180Characters() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.createSection))
        fill(&state, .name, with: String(repeating: "é", count: 181))
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form?.errors[.name] == "Name is 181 characters: the limit is 180")
    }

    @Test func aRenameShowsAtOnceAndAFailureRollsItBack() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.open), .command(.back), .command(.renameSection))
        fill(&state, .name, with: "Starters")
        let request = WriteRequest.renameSection(boardId: "b1", sectionId: "s1", BoardSectionUpdate(name: "Starters"))
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        #expect(state.boardsScreen.sections.items.first == .section(BoardSection(id: "s1", name: "Starters")))
        #expect(state.boardsScreen.chosenSection?.name == "Starters")

        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(state.boardsScreen.sections.items.first == .section(Fixture.section(1)))
        #expect(state.boardsScreen.chosenSection == Fixture.section(1))
        #expect(state.form?.phase == .failed(WriteFixture.busy))

        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request, "submitting again retries")
        send(&state, .writeSucceeded(request, .section(BoardSection(id: "s1", name: "Starters"))))
        #expect(state.boardsScreen.sections.selectedItem == .section(BoardSection(id: "s1", name: "Starters")))
        #expect(state.statusMessage == "Section renamed to “Starters”")
        #expect(state.form == nil)
    }

    @Test func theAllPinsRowCannotBeRenamed() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.renameSection))
        #expect(state.form == nil)
        #expect(state.statusMessage == "“(all pins)” is not a section: choose a section")
    }

    @Test func sectionsOfAFollowedBoardCannotBeChanged() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showFollowedBoards))
        send(&state, .boardsPageLoaded(PageRequest(source: .followedBoards), [Fixture.board(7)], bookmark: nil))
        send(&state, .command(.open), .command(.createSection))
        #expect(state.boardsScreen.chosenBoard?.id == "b7")
        #expect(state.form == nil)
        #expect(state.statusMessage == "Only the sections of your own boards can be changed")
    }
}
