import TackCore
import Testing

@Suite("Reducer: moving the selection")
struct ReducerNavigationTests {
    @Test func theFirstRowIsSelectedWhenAPageArrives() {
        let state = Fixture.withBoards(Fixture.boards(3))
        #expect(state.boardsScreen.boards.selectedID == "b1")
        #expect(state.boardsScreen.boards.selectedIndex == 0)
        #expect(state.selectedBoard?.name == "Board 1")
    }

    @Test func downAndUpMoveOneRowAndStopAtTheEnds() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.moveUp))
        #expect(state.boardsScreen.boards.selectedID == "b1")
        send(&state, .command(.moveDown), .command(.moveDown))
        #expect(state.boardsScreen.boards.selectedID == "b3")
        send(&state, .command(.moveDown))
        #expect(state.boardsScreen.boards.selectedID == "b3")
        send(&state, .command(.moveUp))
        #expect(state.boardsScreen.boards.selectedID == "b2")
    }

    @Test func topAndBottomJumpToTheEnds() {
        var state = Fixture.withBoards(Fixture.boards(5))
        send(&state, .command(.goBottom))
        #expect(state.boardsScreen.boards.selectedID == "b5")
        send(&state, .command(.goTop))
        #expect(state.boardsScreen.boards.selectedID == "b1")
    }

    @Test func pageDownAndUpMoveByThePageRowsAndClamp() {
        var state = Fixture.withBoards(Fixture.boards(40), height: 24)
        let rows = state.pageRows(of: .boards)
        #expect(rows == 9)
        send(&state, .command(.pageDown))
        #expect(state.boardsScreen.boards.selectedIndex == rows)
        send(&state, .command(.pageDown), .command(.pageDown), .command(.pageDown), .command(.pageDown))
        #expect(state.boardsScreen.boards.selectedIndex == 39)
        send(&state, .command(.pageUp))
        #expect(state.boardsScreen.boards.selectedIndex == 39 - rows)
        send(&state, .command(.pageUp), .command(.pageUp), .command(.pageUp), .command(.pageUp))
        #expect(state.boardsScreen.boards.selectedIndex == 0)
    }

    @Test func theScrollOffsetKeepsTheSelectionInView() {
        var state = Fixture.withBoards(Fixture.boards(40), height: 24)
        send(&state, .command(.goBottom))
        #expect(state.boardsScreen.boards.scrollOffset == 39 - state.pageRows(of: .boards) + 1)
        send(&state, .command(.goTop))
        #expect(state.boardsScreen.boards.scrollOffset == 0)
    }

    @Test func movingInAnEmptyListDoesNothing() {
        var state = Fixture.withBoards([])
        for command in [Command.moveDown, .moveUp, .pageDown, .pageUp, .goTop, .goBottom] {
            #expect(reduce(&state, .command(command)) == .none)
        }
        #expect(state.boardsScreen.boards.selectedID == nil)
        #expect(state.boardsScreen.boards.selectedItem == nil)
        #expect(state.selectedBoard == nil)
    }

    @Test func movingAPaneWithoutASourceDoesNothing() {
        var state = Fixture.withBoards(Fixture.boards(2))
        state.boardsScreen.focus = .pins
        send(&state, .command(.moveDown))
        #expect(state.boardsScreen.pins.selectedID == nil)
        #expect(state.boardsScreen.pins.visibleItems.isEmpty)
    }

    @Test func listKeysInTheDetailScrollItAndLeaveThePinSelection() {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        send(&state, .command(.focusNext), .command(.moveDown), .command(.goBottom))
        #expect(state.boardsScreen.focus == .detail)
        #expect(state.selectedPin?.id == "p1")
        #expect(state.detailSubject == .pin(Fixture.pin(1)))
    }
}

@Suite("Reducer: focus")
struct ReducerFocusTests {
    @Test func focusNextAndPreviousWrapThroughThePanes() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .sections)
        send(&state, .command(.focusNext), .command(.focusNext))
        #expect(state.boardsScreen.focus == .detail)
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .boards)
        send(&state, .command(.focusPrevious))
        #expect(state.boardsScreen.focus == .detail)
    }

    @Test func focusLeftAndRightStopAtTheEdges() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.focusLeft))
        #expect(state.boardsScreen.focus == .boards)
        send(&state, .command(.focusRight), .command(.focusRight), .command(.focusRight), .command(.focusRight))
        #expect(state.boardsScreen.focus == .detail)
        send(&state, .command(.focusLeft))
        #expect(state.boardsScreen.focus == .pins)
    }

    @Test func hidingTheDetailTakesItOutOfTheFocusOrder() {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .detail)
        send(&state, .command(.toggleDetail))
        #expect(!state.showDetail)
        #expect(state.boardsScreen.focus == .pins)
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .boards, "from the pins, next wraps to the boards without the detail")
        send(&state, .command(.focusPrevious))
        send(&state, .command(.toggleDetail))
        #expect(state.showDetail)
        #expect(state.boardsScreen.focus == .pins)
    }

    @Test func theDetailDescribesWhatTheFocusedPaneSelects() {
        var state = Fixture.withOpenBoard()
        #expect(state.detailSubject == .board(Fixture.board(1)))
        send(&state, .command(.back), .command(.moveDown))
        #expect(state.detailSubject == .board(Fixture.board(2)))
        state.boardsScreen.focus = .pins
        #expect(state.detailSubject == .pin(Fixture.pin(1)))
    }

    @Test func theActiveContextsFollowTheFocus() {
        var state = Fixture.withOpenBoard()
        state.boardsScreen.focus = .boards
        #expect(state.activeContexts == [.boards, .list, .global])
        state.boardsScreen.focus = .sections
        #expect(state.activeContexts == [.sections, .list, .global])
        state.boardsScreen.focus = .pins
        #expect(state.activeContexts == [.pins, .list, .global])
        state.boardsScreen.focus = .detail
        #expect(state.activeContexts == [.pins, .list, .global])
        send(&state, .command(.filter))
        #expect(state.activeContexts == [.filter])
        send(&state, .command(.acceptFilter), .command(.help))
        #expect(state.activeContexts == [.help, .global])
    }
}
