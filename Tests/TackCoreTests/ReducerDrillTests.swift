import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: opening boards, sections and pins")
struct ReducerDrillTests {
    private let sectionsOfB1 = PageRequest(source: .sections(boardId: "b1"))
    private let pinsOfB1 = PageRequest(source: .boardPins(boardId: "b1"))

    @Test func openingABoardRequestsItsSectionsAndPinsAndFocusesSections() {
        var state = Fixture.withBoards(Fixture.boards(3))
        let effect = reduce(&state, .command(.open))
        #expect(effect == .batch([
            .request(id: .pane(.sections), .page(sectionsOfB1)),
            .request(id: .pane(.pins), .page(pinsOfB1)),
        ]))
        #expect(state.boardsScreen.focus == .sections)
        #expect(state.boardsScreen.chosenBoard == Fixture.board(1))
        #expect(state.boardsScreen.sections.phase == .loading)
        #expect(state.boardsScreen.pins.phase == .loading)
        #expect(state.loadingPanes == [.sections, .pins])
    }

    @Test func theSectionsPaneStartsWithAllPins() {
        let state = Fixture.withOpenBoard()
        #expect(state.boardsScreen.sections.visibleItems == [.allPins, .section(Fixture.section(1)), .section(Fixture.section(2))])
        #expect(state.boardsScreen.sections.loadedCount == 2)
        #expect(state.boardsScreen.sections.selectedItem == .allPins)
        #expect(state.boardsScreen.pins.visibleItems == Fixture.pins(3))
    }

    @Test func aBoardWithoutSectionsStillOffersAllPins() {
        let state = Fixture.withOpenBoard(sections: [])
        #expect(state.boardsScreen.sections.visibleItems == [.allPins])
        #expect(state.boardsScreen.sections.phase == .loaded)
    }

    @Test func openingASectionShowsItsPinsAndFocusesPins() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown))
        let effect = reduce(&state, .command(.open))
        let sectionPins = PageRequest(source: .sectionPins(boardId: "b1", sectionId: "s1"))
        #expect(effect == .request(id: .pane(.pins), .page(sectionPins)))
        #expect(state.boardsScreen.focus == .pins)
        #expect(state.boardsScreen.chosenSection == Fixture.section(1))
        #expect(state.boardsScreen.pins.items.isEmpty)

        send(&state, .pinsPageLoaded(sectionPins, [Fixture.pin(9)], bookmark: nil))
        #expect(state.boardsScreen.pins.visibleItems == [Fixture.pin(9)])
        #expect(state.sectionName(id: "s1") == "Section 1")
        #expect(state.boardName(id: "b1") == "Board 1")
    }

    @Test func allPinsShowsTheBoardsPinsAgain() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.open), .command(.back), .command(.goTop))
        let effect = reduce(&state, .command(.open))
        #expect(request(for: .pane(.pins), in: effect) == .page(pinsOfB1))
        #expect(cancelledIDs(in: effect) == [.pane(.pins)], "the section's pins were still loading")
        #expect(state.boardsScreen.chosenSection == nil)
        #expect(state.boardsScreen.focus == .pins)
    }

    @Test func allPinsAlreadyShownIsNotReloaded() {
        var state = Fixture.withOpenBoard()
        let effect = reduce(&state, .command(.open))
        #expect(effect == .none)
        #expect(state.boardsScreen.focus == .pins)
        #expect(state.boardsScreen.pins.items == Fixture.pins(3))
    }

    @Test func reopeningTheOpenBoardKeepsWhatIsLoaded() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.back))
        let effect = reduce(&state, .command(.open))
        #expect(effect == .none)
        #expect(state.boardsScreen.focus == .sections)
        #expect(state.boardsScreen.sections.loadedCount == 2)
    }

    @Test func openingAPinOpensThePinViewAndBackReturns() {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        send(&state, .command(.toggleDetail))
        send(&state, .command(.open))
        #expect(state.pinView == PinViewState(pinId: "p1"))
        #expect(!state.showDetail, "the pin view needs no detail pane")
        #expect(state.boardsScreen.focus == .pins)
        send(&state, .command(.back))
        #expect(state.pinView == nil)
        #expect(state.boardsScreen.focus == .pins)
    }

    @Test func openingInAnEmptyPaneDoesNothing() {
        var state = Fixture.withBoards([])
        #expect(reduce(&state, .command(.open)) == .none)
        #expect(state.boardsScreen.focus == .boards)
        state.boardsScreen.focus = .pins
        #expect(reduce(&state, .command(.open)) == .none)
        #expect(state.boardsScreen.focus == .pins)
    }

    @Test func backGoesToTheParentPane() {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .detail)
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .pins)
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .sections)
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .boards)
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .boards)
    }

    @Test func openingAnotherBoardCancelsTheLoadsOfThePreviousOne() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.open), .command(.back), .command(.moveDown))
        let effect = reduce(&state, .command(.open))
        #expect(cancelledIDs(in: effect) == [.pane(.sections), .pane(.pins)])
        #expect(request(for: .pane(.sections), in: effect) == .page(PageRequest(source: .sections(boardId: "b2"))))
        #expect(request(for: .pane(.pins), in: effect) == .page(PageRequest(source: .boardPins(boardId: "b2"))))
        #expect(state.boardsScreen.chosenBoard == Fixture.board(2))
    }

    @Test func aLateAnswerForThePreviousBoardIsIgnored() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.open), .command(.back), .command(.moveDown), .command(.open))
        let before = state
        let effects = send(
            &state,
            .sectionsPageLoaded(sectionsOfB1, [Fixture.section(7)], bookmark: nil),
            .pinsPageLoaded(pinsOfB1, Fixture.pins(2), bookmark: "next"),
            .pageFailed(pinsOfB1, APIFailure(userMessage: "gone"))
        )
        #expect(effects == [.none, .none, .none])
        #expect(state == before)
        #expect(state.boardsScreen.sections.phase == .loading)
    }

    @Test func openingAnotherBoardWhoseLoadsFinishedCancelsNothing() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.back), .command(.moveDown))
        let effect = reduce(&state, .command(.open))
        #expect(cancelledIDs(in: effect).isEmpty)
        #expect(state.boardsScreen.sections.items.isEmpty)
        #expect(state.boardsScreen.chosenSection == nil)
    }
}
