import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the My pins screen and followed boards")
struct ReducerModeTests {
    private func myPins(_ filters: MyPinsFilters = .none) -> PageRequest {
        PageRequest(source: .myPins(filters))
    }

    @Test func showMyPinsLoadsThemAndFocusesThePins() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let effect = reduce(&state, .command(.showMyPins))
        #expect(effect == .request(id: .pane(.myPins), .page(myPins())))
        #expect(state.screen == .myPins)
        #expect(state.myPinsScreen.filters == .none)
        #expect(state.myPinsScreen.focus == .pins)
        #expect(state.boardsScreen.focus == .boards, "the boards screen keeps its own focus")
        #expect(state.activePinsPane == .myPins)

        send(&state, .pinsPageLoaded(myPins(), Fixture.pins(2), bookmark: nil))
        #expect(state.myPinsScreen.pins.loadedCount == 2)
        #expect(state.boardsScreen.pins.items.isEmpty, "the board pins pane is untouched")
        #expect(state.selectedPin == Fixture.pin(1))
        send(&state, .command(.moveDown))
        #expect(state.myPinsScreen.pins.selectedID == "p2")
    }

    @Test func backInMyPinsStaysInThePins() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .command(.back))
        #expect(state.myPinsScreen.focus == .pins)
    }

    @Test func eachFilterKeyCyclesItsFilterAndReloads() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .pinsPageLoaded(myPins(), Fixture.pins(2), bookmark: nil))

        let filtered = MyPinsFilters(pinFilter: .excludeNative)
        #expect(reduce(&state, .command(.cyclePinFilter)) == .request(id: .pane(.myPins), .page(myPins(filtered))))
        #expect(state.screen == .myPins)
        #expect(state.myPinsScreen.filters == filtered)
        #expect(state.myPinsScreen.pins.items.isEmpty)
        #expect(state.myPinsScreen.pins.phase == .loading)

        let typed = MyPinsFilters(pinFilter: .excludeNative, pinType: .private)
        #expect(request(for: .pane(.myPins), in: reduce(&state, .command(.cyclePinType))) == .page(myPins(typed)))
        #expect(reduce(&state, .command(.cycleCreativeType)) == .none, "the creative type is chosen from a picker")
        #expect(state.picker?.target == .myPinsCreativeType)
        let creative = MyPinsFilters(pinFilter: .excludeNative, pinType: .private, creativeType: .regular)
        send(&state, .command(.moveDown))
        #expect(request(for: .pane(.myPins), in: reduce(&state, .command(.choose))) == .page(myPins(creative)))
        let protected = MyPinsFilters(
            pinFilter: .excludeNative, pinType: .private, creativeType: .regular, includeProtectedPins: true
        )
        #expect(request(for: .pane(.myPins), in: reduce(&state, .command(.toggleProtectedPins))) == .page(myPins(protected)))
        #expect(state.screen == .myPins)
        #expect(state.myPinsScreen.filters == protected)
        #expect(protected.labels == ["only saved from others", "only private", "regular pins", "with protected boards"])
    }

    @Test func changingFiltersWhileLoadingCancelsTheLoad() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins))
        let effect = reduce(&state, .command(.cyclePinFilter))
        #expect(cancelledIDs(in: effect) == [.pane(.myPins)])
        let stale = reduce(&state, .pinsPageLoaded(myPins(), Fixture.pins(2), bookmark: nil))
        #expect(stale == .none)
        #expect(state.myPinsScreen.pins.items.isEmpty)
    }

    @Test func pinFilterCyclesThroughEveryValueThenOff() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins))
        var seen: [PinFilter?] = []
        for _ in 0..<4 {
            send(&state, .command(.cyclePinFilter))
            seen.append(state.myPinsScreen.filters.pinFilter)
        }
        #expect(seen == [.excludeNative, .excludeRepins, .hasBeenPromoted, nil])
    }

    @Test func pinTypeWrapsAround() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .command(.cyclePinType), .command(.cyclePinType))
        #expect(state.myPinsScreen.filters.pinType == nil)
    }

    @Test func theCreativeTypeIsChosenFromAPickerStartingOnTheCurrentOne() throws {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .command(.cycleCreativeType))
        var picker = try #require(state.picker)
        #expect(picker.title == "Creative type")
        #expect(picker.selectedOption?.label == "Any type")
        #expect(picker.options.count == MyPinsFilters.creativeTypes.count + 1)
        #expect(picker.options.map(\.label).contains("Full-width video collection"))

        send(&state, .terminal(.paste("carou")))
        #expect(state.picker?.selectedOption?.id == CreativeType.carousel.rawValue, "typing filters the picker")
        let effect = reduce(&state, .command(.choose))
        #expect(state.picker == nil)
        #expect(state.myPinsScreen.filters.creativeType == .carousel)
        #expect(request(for: .pane(.myPins), in: effect) == .page(myPins(MyPinsFilters(creativeType: .carousel))))

        send(&state, .command(.cycleCreativeType))
        picker = try #require(state.picker)
        #expect(picker.selectedOption?.id == CreativeType.carousel.rawValue, "the picker opens on the current type")
        send(&state, .command(.goTop), .command(.choose))
        #expect(state.myPinsScreen.filters.creativeType == nil, "any type clears the filter")
    }

    @Test func cancellingTheCreativeTypePickerKeepsTheFilter() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .command(.cycleCreativeType))
        #expect(reduce(&state, .command(.cancelPicker)) == .none)
        #expect(state.picker == nil)
        #expect(state.myPinsScreen.filters == .none)
    }

    @Test(arguments: [
        (PinFilter.excludeNative, "only saved from others"), (.excludeRepins, "only created by you"),
        (.hasBeenPromoted, "only promoted"),
    ])
    func pinFiltersAreNamedInWords(filter: PinFilter, name: String) {
        #expect(MyPinsFilters(pinFilter: filter).labels == [name])
    }

    @Test func creativeTypesAreNamedInWords() {
        #expect(MyPinsFilters.name(of: .maxWidthRegularCollection) == "full-width collection")
        #expect(MyPinsFilters.name(of: .maxVideo) == "max video")
        #expect(MyPinsFilters.name(of: .idea) == "idea")
        #expect(MyPinsFilters.creativeTypes.allSatisfy { !MyPinsFilters.name(of: $0).contains("_") })
    }

    @Test func filterKeysOutsideMyPinsExplainThemselves() {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        #expect(reduce(&state, .command(.cyclePinFilter)) == .none)
        #expect(state.statusMessage == "Pin filters apply to My pins")
        #expect(state.screen == .boards)
    }

    @Test func returningToMyPinsKeepsItsFiltersAndItems() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let filtered = MyPinsFilters(pinFilter: .excludeNative)
        send(&state, .command(.showMyPins), .command(.cyclePinFilter))
        send(&state, .pinsPageLoaded(myPins(filtered), Fixture.pins(2), bookmark: nil), .command(.showBoards))
        #expect(state.screen == .boards)
        #expect(state.boardsScreen.focus == .boards)
        #expect(reduce(&state, .command(.showMyPins)) == .none)
        #expect(state.screen == .myPins)
        #expect(state.myPinsScreen.filters == filtered)
        #expect(state.myPinsScreen.pins.loadedCount == 2)
    }

    @Test func showBoardsDoesNotReloadLoadedBoards() {
        var state = Fixture.withBoards(Fixture.boards(2))
        #expect(reduce(&state, .command(.showBoards)) == .none)
        #expect(state.boardsScreen.focus == .boards)
    }

    @Test func refreshInMyPinsReloadsThem() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins), .pinsPageLoaded(myPins(), Fixture.pins(2), bookmark: nil))
        #expect(reduce(&state, .command(.refresh)) == .batch([
            .request(id: .account, .account), .request(id: .pane(.myPins), .page(myPins())),
        ]))
    }

    @Test func myPinsFailureIsRetried() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let failure = APIFailure(userMessage: "rate limited: wait 42 s", status: 429, isRetryable: true)
        send(&state, .command(.showMyPins), .pageFailed(myPins(), failure))
        #expect(state.myPinsScreen.pins.failure == failure)
        #expect(reduce(&state, .command(.retry)) == .request(id: .pane(.myPins), .page(myPins())))
    }

    @Test func followedBoardsAreLoadedAndOpenLikeOwnBoards() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let followed = PageRequest(source: .followedBoards)
        #expect(reduce(&state, .command(.showFollowedBoards)) == .request(id: .pane(.followedBoards), .page(followed)))
        #expect(state.boardsScreen.list == .followed)
        #expect(state.boardsScreen.boardsPane == .followedBoards)
        #expect(state.boardsScreen.focus == .boards)

        send(&state, .boardsPageLoaded(followed, [Fixture.board(7), Fixture.board(8)], bookmark: nil))
        #expect(state.boardsScreen.followedBoards.loadedCount == 2)
        #expect(state.boardsScreen.boards.loadedCount == 2, "own boards are untouched")
        send(&state, .command(.moveDown))
        #expect(state.selectedBoard == Fixture.board(8))
        let effect = reduce(&state, .command(.open))
        #expect(request(for: .pane(.sections), in: effect) == .page(PageRequest(source: .sections(boardId: "b8"))))
        #expect(request(for: .pane(.pins), in: effect) == .page(PageRequest(source: .boardPins(boardId: "b8"))))
        #expect(state.boardName(id: "b7") == "Board 7")
    }

    @Test func followedBoardsFailAndPaginateInTheirOwnPane() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let followed = PageRequest(source: .followedBoards)
        send(&state, .command(.showFollowedBoards))
        let effect = reduce(&state, .boardsPageLoaded(followed, Fixture.boards(3, from: 10), bookmark: "more"))
        #expect(effect == .request(id: .pane(.followedBoards), .page(PageRequest(source: .followedBoards, bookmark: "more"))))
        let failure = APIFailure(userMessage: "network down", isRetryable: true)
        send(&state, .pageFailed(PageRequest(source: .followedBoards, bookmark: "more"), failure))
        #expect(state.boardsScreen.followedBoards.failure == failure)
        #expect(state.boardsScreen.boards.failure == nil)
    }

    @Test func aBoardsPageForTheWrongListIsIgnored() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let before = state
        send(&state, .boardsPageLoaded(PageRequest(source: .followedBoards), Fixture.boards(2, from: 5), bookmark: nil))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), Fixture.boards(2, from: 5), bookmark: nil))
        #expect(state == before)
    }
}
