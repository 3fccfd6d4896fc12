import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the sections and pins panes show a board of the board list on screen")
struct ReducerBoardListTests {
    private let followed = PageRequest(source: .followedBoards)

    @Test func showingFollowedBoardsClosesTheOpenedOwnBoardAndStopsItsLoads() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.open))
        let effect = reduce(&state, .command(.showFollowedBoards))
        #expect(state.boardsScreen.chosenBoard == nil)
        #expect(state.boardsScreen.sections.source == nil && state.boardsScreen.sections.items.isEmpty)
        #expect(state.boardsScreen.pins.source == nil && state.boardsScreen.pins.items.isEmpty)
        #expect(Set(cancelledIDs(in: effect)) == [.pane(.sections), .pane(.pins)])
        #expect(request(for: .pane(.followedBoards), in: effect) == .page(followed))
        #expect(state.boardsScreen.focus == .boards)
    }

    @Test func showingYourBoardsAgainClosesTheOpenedFollowedBoard() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.showFollowedBoards), .boardsPageLoaded(followed, [Fixture.board(7)], bookmark: nil))
        send(&state, .command(.open))
        #expect(state.boardsScreen.chosenBoard?.id == "b7")
        send(&state, .command(.showBoards))
        #expect(state.boardsScreen.chosenBoard == nil)
        #expect(state.boardsScreen.pins.items.isEmpty)
    }

    @Test func anOwnBoardStaysOpenAcrossMyPins() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.showMyPins), .command(.showBoards))
        #expect(state.boardsScreen.chosenBoard?.id == "b1")
        #expect(state.boardsScreen.pins.loadedCount == 3)
    }

    @Test func movingTheCursorKeepsTheOpenedBoardUntilAnotherIsOpened() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.back), .command(.moveDown))
        #expect(state.selectedBoard?.id == "b2")
        #expect(state.boardsScreen.chosenBoard?.id == "b1", "the panes name the board they show: Pins · Board 1")
        send(&state, .command(.open))
        #expect(state.boardsScreen.chosenBoard?.id == "b2")
        #expect(state.boardsScreen.pins.items.isEmpty && state.boardsScreen.pins.phase == .loading)
    }
}
