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
        #expect(state.chosenBoard == nil)
        #expect(state.sections.source == nil && state.sections.items.isEmpty)
        #expect(state.pins.source == nil && state.pins.items.isEmpty)
        #expect(Set(cancelledIDs(in: effect)) == [.pane(.sections), .pane(.pins)])
        #expect(request(for: .pane(.followedBoards), in: effect) == .page(followed))
        #expect(state.focus == .boards)
    }

    @Test func showingYourBoardsAgainClosesTheOpenedFollowedBoard() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.showFollowedBoards), .boardsPageLoaded(followed, [Fixture.board(7)], bookmark: nil))
        send(&state, .command(.open))
        #expect(state.chosenBoard?.id == "b7")
        send(&state, .command(.showBoards))
        #expect(state.chosenBoard == nil)
        #expect(state.pins.items.isEmpty)
    }

    @Test func anOwnBoardStaysOpenAcrossMyPins() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.showMyPins), .command(.showBoards))
        #expect(state.chosenBoard?.id == "b1")
        #expect(state.pins.loadedCount == 3)
    }

    @Test func movingTheCursorKeepsTheOpenedBoardUntilAnotherIsOpened() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.back), .command(.moveDown))
        #expect(state.selectedBoard?.id == "b2")
        #expect(state.chosenBoard?.id == "b1", "the panes name the board they show: Pins · Board 1")
        send(&state, .command(.open))
        #expect(state.chosenBoard?.id == "b2")
        #expect(state.pins.items.isEmpty && state.pins.phase == .loading)
    }
}
