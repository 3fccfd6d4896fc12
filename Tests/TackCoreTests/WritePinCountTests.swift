import PinterestAPI
import TackCore
import Testing

@Suite("Writes: boards' pin counts follow the pins")
struct WritePinCountTests {
    @Test func aDeleteCountsAtOnceAndAFailureRestoresTheCount() {
        var state = WriteFixture.countedPinsOfB1()
        send(&state, .command(.deletePins), .command(.confirm))
        #expect(WriteFixture.pinCounts(state) == [4, 7, 0])
        #expect(state.boardsScreen.chosenBoard?.pinCount == 4)
        send(&state, .writeFailed(.deletePin(pinId: "p1"), WriteFixture.busy))
        #expect(WriteFixture.pinCounts(state) == [5, 7, 0])
        #expect(state.boardsScreen.chosenBoard?.pinCount == 5)
    }

    @Test func aMoveCountsOnBothBoards() {
        var state = WriteFixture.countedPinsOfB1()
        send(&state, .command(.movePins))
        pick(&state, .board, "Trips")
        send(&state, .command(.submit))
        #expect(WriteFixture.pinCounts(state) == [4, 7, 1])
        send(&state, .writeFailed(.movePin(pinId: "p1", to: PinDestination(boardId: "b3")), WriteFixture.busy))
        #expect(WriteFixture.pinCounts(state) == [5, 7, 0])
    }

    @Test func aCreatedOrSavedPinCountsOnItsBoard() {
        var state = WriteFixture.countedPinsOfB1()
        let draft = PinDraft(boardId: "b1", media: .imageURL("https://example.com/p.jpg"))
        send(&state, .writeSucceeded(.createPin(draft), .pin(Pin(id: "p9"))))
        send(&state, .writeSucceeded(.savePin(pinId: "77", to: PinDestination(boardId: "b2")), .pin(Pin(id: "p77"))))
        #expect(WriteFixture.pinCounts(state) == [6, 8, 0])
        #expect(state.boardsScreen.chosenBoard?.pinCount == 6)
    }
}
