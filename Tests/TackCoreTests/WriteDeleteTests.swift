import PinterestAPI
import TackCore
import Testing

@Suite("Writes: deletes and their confirmations")
struct WriteDeleteTests {
    @Test func deletingTheOpenedBoardCountsItsLoadedSections() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.back))
        #expect(reduce(&state, .command(.deleteBoard)) == .none, "the sections are known")
        #expect(state.confirmation == .deleteBoard(id: "b1", name: "Board 1", pinCount: nil, sectionCount: 2))
        #expect(state.activeContexts == [.confirm])
    }

    @Test func deletingAnotherBoardCountsItsSectionsMeanwhile() {
        var state = WriteFixture.boards()
        send(&state, .command(.moveDown))
        let effect = reduce(&state, .command(.deleteBoard))
        #expect(effect == .request(id: .boardSections, .boardSections(boardId: "b2")))
        #expect(state.confirmation?.message.contains("Counting its sections…") == true)
        #expect(state.confirmation?.message.joined(separator: " ").contains("7 pins") == true)

        send(&state, .boardSectionsLoaded(boardId: "b9", [Fixture.section(1)]))
        #expect(state.confirmation?.message.contains("Counting its sections…") == true, "another board's sections")

        send(&state, .boardSectionsLoaded(boardId: "b2", [Fixture.section(1), Fixture.section(2), Fixture.section(3)]))
        #expect(state.confirmation == .deleteBoard(id: "b2", name: "Board 2", pinCount: 7, sectionCount: 3))
    }

    @Test func whenSectionsCannotBeCountedTheDialogSaysWhatItKnows() {
        var state = WriteFixture.boards()
        send(&state, .command(.deleteBoard), .boardSectionsFailed(boardId: "b1", WriteFixture.busy))
        #expect(state.confirmation == .deleteBoard(id: "b1", name: "Board 1", pinCount: 5, sectionCount: nil))
    }

    @Test func cancellingTheDialogStopsCountingAndDeletesNothing() {
        var state = WriteFixture.boards()
        send(&state, .command(.deleteBoard))
        #expect(reduce(&state, .command(.cancelDialog)) == .cancel(.boardSections))
        #expect(state.confirmation == nil)
        #expect(state.boardsScreen.boards.items.count == 3)
    }

    @Test func aConfirmedBoardDeleteRemovesItAtOnceAndClosesItIfOpened() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.back), .command(.deleteBoard))
        let effect = reduce(&state, .command(.confirm))
        let request = WriteRequest.deleteBoard(boardId: "b1")
        #expect(requestedWrite(in: effect) == request)
        #expect(Set(cancelledIDs(in: effect)) == [.boardSections, .pane(.sections), .pane(.pins)])
        #expect(state.boardsScreen.boards.items.map(\.id) == ["b2", "b3"])
        #expect(state.boardsScreen.chosenBoard == nil)
        #expect(state.boardsScreen.sections.source == nil && state.boardsScreen.pins.source == nil)
        #expect(state.boardsScreen.focus == .boards)

        send(&state, .writeSucceeded(request, .deleted))
        #expect(state.boardsScreen.boards.items.map(\.id) == ["b2", "b3"])
        #expect(state.statusMessage == "Board “Board 1” deleted")
    }

    @Test func aFailedBoardDeletePutsTheBoardBackWhereItWas() {
        var state = WriteFixture.boards()
        send(&state, .command(.moveDown), .command(.deleteBoard), .command(.confirm))
        #expect(state.boardsScreen.boards.items.map(\.id) == ["b1", "b3"])
        send(&state, .writeFailed(.deleteBoard(boardId: "b2"), WriteFixture.busy))
        #expect(state.boardsScreen.boards.items == WriteFixture.boards().boardsScreen.boards.items)
        #expect(state.statusMessage == "Could not delete board “Board 2”: board busy: try again")
    }

    @Test func aBoardDeleteActsOnTheConfirmedBoardEvenAfterARefresh() {
        var state = WriteFixture.boards()
        send(&state, .command(.moveDown), .command(.deleteBoard))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), [Fixture.board(5), Fixture.board(2)], bookmark: nil))
        let effect = reduce(&state, .command(.confirm))
        #expect(requestedWrite(in: effect) == .deleteBoard(boardId: "b2"))
    }

    @Test func aSectionDeleteIsConfirmedAndTakesItsPinsOutOfTheBoardsPins() {
        var pins = Fixture.pins(3)
        pins[1].boardSectionId = "s1"
        var state = Fixture.withOpenBoard(pins: pins)
        #expect(reduce(&state, .command(.deleteSection)) == .none)
        #expect(state.confirmation == nil, "“(all pins)” is not a section")
        #expect(state.statusMessage == "“(all pins)” is not a section: choose a section")

        send(&state, .command(.moveDown), .command(.deleteSection))
        #expect(state.confirmation?.action == .deleteSection(boardId: "b1", sectionId: "s1", name: "Section 1"))
        let effect = reduce(&state, .command(.confirm))
        let request = WriteRequest.deleteSection(boardId: "b1", sectionId: "s1")
        #expect(requestedWrite(in: effect) == request)
        #expect(state.boardsScreen.sections.items == [.section(Fixture.section(2))])
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p3"])

        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(state.boardsScreen.sections.items == [.section(Fixture.section(1)), .section(Fixture.section(2))])
        #expect(state.boardsScreen.pins.items == pins)
        #expect(state.statusMessage == "Could not delete section “Section 1”: board busy: try again")
    }

    @Test func deletingTheOpenedSectionShowsTheBoardsPins() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.open), .command(.back), .command(.deleteSection))
        #expect(state.boardsScreen.chosenSection == Fixture.section(1))
        let effect = reduce(&state, .command(.confirm))
        #expect(request(for: .pane(.pins), in: effect) == .page(PageRequest(source: .boardPins(boardId: "b1"))))
        #expect(state.boardsScreen.chosenSection == nil)
        send(&state, .writeSucceeded(.deleteSection(boardId: "b1", sectionId: "s1"), .deleted))
        #expect(state.statusMessage == "Section “Section 1” deleted")
    }

    @Test func aPinDeleteActsOnTheConfirmedPinEvenAfterTheListRefreshed() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.moveDown), .command(.refresh), .command(.deletePins))
        #expect(state.confirmation == .deletePins([("p2", "Pin 2")]))
        let refreshed = [Fixture.pin(7), Fixture.pin(1), Fixture.pin(3)]
        send(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), refreshed, bookmark: nil))
        #expect(state.boardsScreen.pins.items == refreshed)
        #expect(state.selectedPin == Fixture.pin(1), "p2's row is now p1's")
        send(&state, .command(.moveDown))
        #expect(state.selectedPin == Fixture.pin(1), "keys act on the dialog, not the list")

        let effect = reduce(&state, .command(.confirm))
        #expect(requestedWrite(in: effect) == .deletePin(pinId: "p2"))
        #expect(state.boardsScreen.pins.items == refreshed)
    }

    @Test func aFailedPinDeletePutsThePinBack() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.goBottom), .command(.deletePins), .command(.confirm))
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p2", "p3", "p4"])
        send(&state, .writeFailed(.deletePin(pinId: "p5"), WriteFixture.busy))
        #expect(state.boardsScreen.pins.items == Fixture.pins(5))
        #expect(state.statusMessage == "Could not delete pin “Pin 5”: board busy: try again")

        send(&state, .command(.goBottom), .command(.deletePins), .command(.confirm))
        send(&state, .writeSucceeded(.deletePin(pinId: "p5"), .deleted))
        #expect(state.boardsScreen.pins.items == Fixture.pins(4))
        #expect(state.statusMessage == "Pin “Pin 5” deleted")
    }
}
