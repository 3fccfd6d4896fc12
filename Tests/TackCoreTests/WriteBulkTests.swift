import PinterestAPI
import TackCore
import Testing

@Suite("Writes: marks and bulk moves and deletes")
struct WriteBulkTests {
    private static let garden = PinDestination(boardId: "b3")

    @Test func toggleMarksAndUnmarksTheSelectedPin() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.toggleMark), .command(.moveDown), .command(.toggleMark))
        #expect(state.marks.ids == ["p1", "p3"])
        #expect(state.statusMessage == "2 pins marked")
        send(&state, .command(.moveUp), .command(.toggleMark))
        #expect(state.marks.ids == ["p1"])
        send(&state, .command(.clearMarks))
        #expect(state.marks.isEmpty)
    }

    @Test func aRangeFollowsTheSelectionUntilItIsEnded() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.moveDown), .command(.markRange), .command(.moveDown), .command(.moveDown))
        #expect(state.marks.ids == ["p2", "p3", "p4"])
        send(&state, .command(.moveUp), .command(.markRange))
        #expect(state.marks.ids == ["p2", "p3"])
        #expect(state.marks.rangeAnchor == nil)
        send(&state, .command(.goBottom))
        #expect(state.marks.ids == ["p2", "p3"], "an ended range stays as it was")
    }

    @Test func marksGoWhenOtherPinsAreShown() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.toggleMark), .command(.back), .command(.moveDown), .command(.open))
        #expect(state.marks.isEmpty)
    }

    @Test func moveAndDeleteActOnTheMarkedPinsInListOrder() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.goBottom), .command(.toggleMark), .command(.goTop), .command(.toggleMark))
        send(&state, .command(.movePins))
        #expect(state.form?.kind == .movePins(pinIds: ["p1", "p5"]))
        send(&state, .command(.cancelForm), .command(.deletePins))
        #expect(state.confirmation?.action == .deletePins(ids: ["p1", "p5"]))
    }

    /// Five pins marked with a range and moved to board 3 through the form and its confirmation.
    private func movingFivePins() -> (AppState, Effect) {
        var state = WriteFixture.pinsOfB1(Fixture.pins(6))
        send(&state, .command(.markRange), .command(.moveDown), .command(.moveDown), .command(.moveDown),
             .command(.moveDown), .command(.markRange), .command(.movePins))
        pick(&state, .board, "Board 3")
        send(&state, .command(.submit))
        #expect(state.confirmation == .movePins(
            ids: ["p1", "p2", "p3", "p4", "p5"], to: Self.garden, destinationName: "“Board 3”"))
        let effect = reduce(&state, .command(.confirm))
        return (state, effect)
    }

    private func move(_ id: String) -> WriteRequest { .movePin(pinId: id, to: PinDestination(boardId: "b3")) }

    @Test func aBulkMoveRunsOnePinAtATimeAndSummarisesWithFailuresStillMarked() {
        var (state, effect) = movingFivePins()
        #expect(state.form == nil)
        #expect(effect == .request(id: .write(move("p1")), .write(move("p1"))))
        #expect(state.bulk?.progressText == "Moving pins: 0 of 5")
        #expect(state.activeContexts == [.pins, .list, .global], "browsing goes on while it runs")

        var answers: [Effect] = []
        for id in ["p1", "p2", "p4", "p5"] {
            if id == "p4" { answers.append(reduce(&state, .writeFailed(move("p3"), WriteFixture.busy))) }
            answers.append(reduce(&state, .writeSucceeded(move(id), .pin(Pin(id: id, boardId: "b3")))))
        }
        #expect(answers.map(requestedWrite(in:)) == [move("p2"), move("p3"), move("p4"), move("p5"), nil])
        #expect(state.bulk?.isFinished == true)
        #expect(state.bulk?.summary == "4 moved, 1 failed: board busy: try again")
        #expect(state.statusMessage == "4 moved, 1 failed: board busy: try again")
        #expect(state.marks.ids == ["p3"])
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p3", "p6"])
        #expect(state.activeContexts == [.confirm])

        send(&state, .command(.confirm))
        #expect(state.bulk == nil)
        send(&state, .command(.goTop), .command(.movePins))
        #expect(state.form?.kind == .movePins(pinIds: ["p3"]), "a retry acts on the failures only")
    }

    @Test func aBulkThatFullySucceedsClosesItselfAndLeavesItsSummaryInTheStatusLine() {
        var (state, _) = movingFivePins()
        for id in ["p1", "p2", "p3", "p4"] {
            send(&state, .writeSucceeded(move(id), .pin(Pin(id: id, boardId: "b3"))))
            #expect(state.bulk != nil, "running until the last answer")
        }
        send(&state, .writeSucceeded(move("p5"), .pin(Pin(id: "p5", boardId: "b3"))))
        #expect(state.bulk == nil)
        #expect(state.statusMessage == "5 moved")
        #expect(state.activeContexts == [.pins, .list, .global], "no dialog left to dismiss")
    }

    @Test func answersThatAreNotTheRunningStepDoNotAdvanceTheBulk() {
        var (state, _) = movingFivePins()
        #expect(reduce(&state, .writeSucceeded(move("p4"), .pin(Pin(id: "p4")))) == .none)
        #expect(state.bulk?.completedCount == 0)
    }

    @Test func anotherBulkCannotStartWhileOneRuns() {
        var (state, _) = movingFivePins()
        send(&state, .command(.goBottom), .command(.deletePins))
        #expect(state.confirmation == nil)
        #expect(state.statusMessage == "Moving pins: 0 of 5: wait for it to finish")
    }

    @Test func aBulkDeleteRemovesEachPinAsItGoesAndPutsFailuresBack() {
        var state = WriteFixture.pinsOfB1(Fixture.pins(3))
        send(&state, .command(.toggleMark), .command(.toggleMark), .command(.deletePins))
        #expect(state.confirmation?.action == .deletePins(ids: ["p1", "p2"]))
        let first = reduce(&state, .command(.confirm))
        #expect(requestedWrite(in: first) == .deletePin(pinId: "p1"))
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p2", "p3"])
        let second = reduce(&state, .writeFailed(.deletePin(pinId: "p1"), WriteFixture.busy))
        #expect(requestedWrite(in: second) == .deletePin(pinId: "p2"))
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p3"])
        send(&state, .writeSucceeded(.deletePin(pinId: "p2"), .deleted))
        #expect(state.bulk?.summary == "1 deleted, 1 failed: board busy: try again")
        #expect(state.marks.ids == ["p1"])
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p3"])
        send(&state, .command(.cancelDialog))
        #expect(state.bulk == nil)
    }
}
