import PinterestAPI
import TackCore
import Testing

@Suite("Writes: pins")
struct WritePinTests {
    private let peachDraft = PinDraft(
        boardId: "b1", title: "Peach salad", description: "Sweet\nand smoky", media: .imageURL("https://example.com/p.jpg"))

    private func creatingPin(in state: inout AppState) -> Effect {
        send(&state, .command(.createPin))
        fill(&state, .title, with: "Peach salad")
        fill(&state, .description, with: "Sweet")
        send(&state, .command(.activateField), .terminal(.paste("and smoky")))
        fill(&state, .mediaSource, with: "https://example.com/p.jpg")
        return reduce(&state, .command(.submit))
    }

    @Test func aCreatedPinOnTheShownBoardAppearsSelected() {
        var state = WriteFixture.pinsOfB1()
        let effect = creatingPin(in: &state)
        #expect(effect == .request(id: .write(.createPin(peachDraft)), .write(.createPin(peachDraft))))
        #expect(state.form?.isSubmitting == true)

        let pin = Pin(id: "p9", title: "Peach salad", boardId: "b1")
        send(&state, .writeSucceeded(.createPin(peachDraft), .pin(pin)))
        #expect(state.boardsScreen.pins.items.first == pin)
        #expect(state.selectedPin == pin)
        #expect(state.form == nil)
        #expect(state.statusMessage == "Pin “Peach salad” created")
    }

    @Test func aPinCreatedInASectionIsNotAddedToAnotherSectionsList() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.moveDown), .command(.open))
        send(&state, .pinsPageLoaded(PageRequest(source: .sectionPins(boardId: "b1", sectionId: "s2")), [], bookmark: nil))
        let draft = PinDraft(boardId: "b1", boardSectionId: "s1", media: .imageURL("https://example.com/p.jpg"))
        send(&state, .writeSucceeded(.createPin(draft), .pin(Pin(id: "p9"))))
        #expect(state.boardsScreen.pins.items.isEmpty)
        #expect(state.statusMessage == "Pin created")
    }

    @Test func aFailedCreateKeepsTheDraftAndARetrySucceeds() {
        var state = WriteFixture.pinsOfB1()
        _ = creatingPin(in: &state)
        let rateLimited = APIFailure(userMessage: "rate limited: wait 30 s", status: 429, isRetryable: true)
        send(&state, .writeFailed(.createPin(peachDraft), rateLimited))
        #expect(state.form?.phase == .failed(rateLimited))
        #expect(state.form?[.description]?.textBuffer?.text == "Sweet\nand smoky")
        #expect(state.boardsScreen.pins.items == Fixture.pins(5))

        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == .createPin(peachDraft))
        send(&state, .writeSucceeded(.createPin(peachDraft), .pin(Pin(id: "p9", title: "Peach salad"))))
        #expect(state.form == nil)
        #expect(state.boardsScreen.pins.items.count == 6)
    }

    @Test func aPinNeedsAMediaSourceBeforeAnythingIsSent() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.createPin))
        fill(&state, .title, with: "Peach")
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form?.focusedField?.id == .mediaSource)
        #expect(state.form?.phase == .editing)
    }

    @Test func anEditShowsAtOnceAndAFailureRollsItBack() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.moveDown), .command(.editPin))
        fill(&state, .title, with: "Lemon tart")
        fill(&state, .link, with: "https://example.com/tart")
        let update = PinUpdate(title: "Lemon tart", link: "https://example.com/tart")
        let request = WriteRequest.updatePin(pinId: "p2", update)
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        #expect(state.boardsScreen.pins.items[1].title == "Lemon tart")
        #expect(state.boardsScreen.pins.items[1].link == "https://example.com/tart")

        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(state.boardsScreen.pins.items == Fixture.pins(5))
        #expect(state.form?[.title]?.textBuffer?.text == "Lemon tart")

        send(&state, .command(.submit))
        let answer = Pin(id: "p2", link: "https://example.com/tart", title: "Lemon tart", boardId: "b1")
        send(&state, .writeSucceeded(request, .pin(answer)))
        #expect(state.boardsScreen.pins.items[1] == answer)
        #expect(state.selectedPin == answer)
        #expect(state.statusMessage == "Pin “Lemon tart” saved")
    }

    @Test func movingAPinToAnotherBoardTakesItOutOfTheListAtOnce() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.moveDown), .command(.movePins))
        #expect(state.form?.kind == .movePins(pinIds: ["p2"]))
        #expect(state.form?[.board]?.submittedText == "b1", "the open board to start with")
        pick(&state, .board, "Board 3")
        let request = WriteRequest.movePin(pinId: "p2", to: PinDestination(boardId: "b3"))
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p3", "p4", "p5"])

        send(&state, .writeSucceeded(request, .pin(Pin(id: "p2", boardId: "b3"))))
        #expect(state.form == nil)
        #expect(state.statusMessage == "Pin “Pin 2” moved to “Board 3”")
    }

    @Test func aFailedMovePutsThePinBackAndKeepsTheForm() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.moveDown), .command(.movePins))
        pick(&state, .board, "Board 2")
        send(&state, .command(.submit))
        let request = WriteRequest.movePin(pinId: "p2", to: PinDestination(boardId: "b2"))
        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(state.boardsScreen.pins.items == Fixture.pins(5))
        #expect(state.form?.phase == .failed(WriteFixture.busy))
        #expect(state.form?[.board]?.submittedText == "b2")
    }

    @Test func movingIntoASectionOfTheShownBoardKeepsThePinListed() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.movePins))
        pick(&state, .section, "Section 2")
        let request = WriteRequest.movePin(pinId: "p1", to: PinDestination(boardId: "b1", sectionId: "s2"))
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        #expect(state.boardsScreen.pins.items.first?.boardSectionId == "s2")
        send(&state, .writeSucceeded(request, .pin(Pin(id: "p1", title: "Pin 1", boardId: "b1", boardSectionId: "s2"))))
        #expect(state.statusMessage == "Pin “Pin 1” moved to “Board 1 › Section 2”")
    }

    @Test func savingAPinByURLPrefillsTheOpenBoardAndShowsTheSavedPin() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.savePin))
        #expect(state.form?[.board]?.submittedText == "b1")
        fill(&state, .pinReference, with: "https://www.pinterest.com/pin/12345/")
        let request = WriteRequest.savePin(pinId: "12345", to: PinDestination(boardId: "b1"))
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        send(&state, .writeSucceeded(request, .pin(Pin(id: "12345", title: "Borrowed"))))
        #expect(state.boardsScreen.pins.items.first?.id == "12345")
        #expect(state.selectedPin?.id == "12345")
        #expect(state.statusMessage == "Pin saved to “Board 1”")
    }

    @Test func savingFromAFollowedBoardOffersTheSelectedPin() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showFollowedBoards))
        send(&state, .boardsPageLoaded(PageRequest(source: .followedBoards), [Fixture.board(7)], bookmark: nil))
        send(&state, .command(.open))
        send(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b7")), [Fixture.pin(70)], bookmark: nil))
        state.boardsScreen.focus = .pins
        send(&state, .command(.editPin))
        #expect(state.form == nil, "pins of a followed board are not ours to edit")
        send(&state, .command(.savePin))
        #expect(state.form?[.pinReference]?.submittedText == "p70")
        #expect(state.form?[.board]?.submittedText == "")
    }

    @Test func myPinsCanBeEditedAndDeletedInPlace() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins))
        let mine = [Pin(id: "p1", title: "Mine", boardId: "b2"), Pin(id: "p2", title: "Also mine", boardId: "b2")]
        send(&state, .pinsPageLoaded(PageRequest(source: .myPins(.none)), mine, bookmark: nil))
        send(&state, .command(.createPin))
        #expect(state.form == nil)
        #expect(state.statusMessage == "Open one of your boards to add a pin to it")

        send(&state, .command(.editPin))
        fill(&state, .title, with: "Renamed")
        let request = WriteRequest.updatePin(pinId: "p1", PinUpdate(title: "Renamed"))
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        #expect(state.myPinsScreen.pins.items.first?.title == "Renamed")
        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(state.myPinsScreen.pins.items == mine)

        send(&state, .command(.cancelForm), .command(.confirm), .command(.moveDown), .command(.deletePins), .command(.confirm))
        #expect(state.myPinsScreen.pins.items == [mine[0]])
    }
}
