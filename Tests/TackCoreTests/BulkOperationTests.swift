import TackCore
import Testing

@Suite("Bulk operations: progress and summary")
struct BulkOperationTests {
    let busy = APIFailure(userMessage: "The board is busy: try again", status: 409, isRetryable: true)
    let gone = APIFailure(userMessage: "Pin not found", status: 404)

    @Test func everyPinStartsPendingAndDuplicatesAreDropped() {
        let bulk = BulkOperation(kind: .delete, ids: ["1", "2", "1", "3"])
        #expect(bulk.ids == ["1", "2", "3"])
        #expect(bulk.pendingIDs == ["1", "2", "3"])
        #expect(bulk.completedCount == 0)
        #expect(!bulk.isFinished)
        #expect(bulk.progressText == "Deleting pins: 0 of 3")
    }

    @Test func eachPinGetsItsOwnRequest() {
        let move = BulkOperation(kind: .move(to: PinDestination(boardId: "9", sectionId: "90")), ids: ["1"])
        #expect(move.request(for: "1") == .movePin(pinId: "1", to: PinDestination(boardId: "9", sectionId: "90")))
        #expect(BulkOperation(kind: .delete, ids: ["1"]).request(for: "1") == .deletePin(pinId: "1"))
    }

    @Test func theSummaryCountsSuccessesAndNamesTheFirstFailure() {
        var bulk = BulkOperation(kind: .move(to: PinDestination(boardId: "9")), ids: ["1", "2", "3", "4", "5"])
        for id in ["1", "2", "4", "5"] {
            bulk.record(.succeeded, for: id)
        }
        #expect(bulk.progressText == "Moving pins: 4 of 5")
        #expect(bulk.summary == "4 moved, 1 pending")
        bulk.record(.failed(busy), for: "3")
        #expect(bulk.isFinished)
        #expect(bulk.summary == "4 moved, 1 failed: The board is busy: try again")
        #expect(bulk.failedIDs == ["3"])
        #expect(bulk.succeededIDs == ["1", "2", "4", "5"])
    }

    @Test func allFailedOrAllSucceeded() {
        var failed = BulkOperation(kind: .delete, ids: ["1", "2"])
        failed.record(.failed(gone), for: "2")
        failed.record(.failed(busy), for: "1")
        #expect(failed.summary == "2 failed: The board is busy: try again")
        #expect(failed.failedIDs == ["1", "2"])
        var done = BulkOperation(kind: .delete, ids: ["1", "2"])
        done.record(.succeeded, for: "1")
        done.record(.succeeded, for: "2")
        #expect(done.summary == "2 deleted")
        #expect(done.failedIDs.isEmpty)
    }

    @Test func outcomesForOtherIDsAreIgnored() {
        var bulk = BulkOperation(kind: .delete, ids: ["1"])
        bulk.record(.succeeded, for: "99")
        #expect(bulk.outcomes == ["1": .pending])
    }

    @Test func aRetryAfterAFailureCanSucceed() {
        var bulk = BulkOperation(kind: .delete, ids: ["1"])
        bulk.record(.failed(busy), for: "1")
        bulk.record(.succeeded, for: "1")
        #expect(bulk.failedIDs.isEmpty)
        #expect(bulk.summary == "1 deleted")
    }
}

@Suite("Bulk marks: toggling and visual ranges")
struct BulkMarksTests {
    let order = ["a", "b", "c", "d", "e", "f"]

    @Test func toggleMarksAndUnmarks() {
        var marks = PinMarks()
        marks.toggle("b")
        marks.toggle("d")
        #expect(marks.ids == ["b", "d"])
        marks.toggle("b")
        #expect(marks.ids == ["d"])
        #expect(marks.isMarked("d"))
        #expect(!marks.isMarked("b"))
        #expect(marks.count == 1)
    }

    @Test func orderedIDsFollowTheListAndSkipPinsNoLongerListed() {
        let marks = PinMarks(ids: ["e", "a", "gone"])
        #expect(marks.orderedIDs(in: order) == ["a", "e"])
    }

    @Test func aRangeMarksEverythingBetweenTheAnchorAndTheCurrentPinInEitherDirection() {
        var marks = PinMarks(ids: ["f"])
        marks.startRange(at: "c")
        #expect(marks.rangeAnchor == "c")
        #expect(marks.ids == ["c", "f"])
        marks.extendRange(to: "e", in: order)
        #expect(marks.ids == ["c", "d", "e", "f"])
        marks.extendRange(to: "a", in: order)
        #expect(marks.ids == ["a", "b", "c", "f"])
        marks.endRange()
        #expect(marks.rangeAnchor == nil)
        #expect(marks.ids == ["a", "b", "c", "f"])
    }

    @Test func cancellingARangeRestoresTheEarlierMarks() {
        var marks = PinMarks(ids: ["a"])
        marks.startRange(at: "c")
        marks.extendRange(to: "e", in: order)
        marks.cancelRange()
        #expect(marks.ids == ["a"])
        #expect(marks.rangeAnchor == nil)
    }

    @Test func extendingWithoutARangeOrToAnUnlistedPinDoesNothing() {
        var marks = PinMarks(ids: ["a"])
        marks.extendRange(to: "c", in: order)
        #expect(marks.ids == ["a"])
        marks.startRange(at: "b")
        marks.extendRange(to: "zz", in: order)
        #expect(marks.ids == ["a", "b"])
    }

    @Test func togglingDuringARangeEndsItAndKeepsItsMarks() {
        var marks = PinMarks()
        marks.startRange(at: "b")
        marks.extendRange(to: "d", in: order)
        marks.toggle("c")
        #expect(marks.rangeAnchor == nil)
        #expect(marks.ids == ["b", "d"])
        marks.extendRange(to: "f", in: order)
        #expect(marks.ids == ["b", "d"])
    }

    @Test func marksCompareByWhatIsMarked() {
        var toggled = PinMarks()
        toggled.toggle("a")
        var ranged = PinMarks()
        ranged.startRange(at: "a")
        ranged.endRange()
        #expect(toggled == PinMarks(ids: ["a"]))
        #expect(ranged == PinMarks(ids: ["a"]))
    }

    @Test func afterABulkOperationOnlyTheFailuresStayMarked() {
        var marks = PinMarks(ids: ["a", "b", "c"])
        var bulk = BulkOperation(kind: .delete, ids: marks.orderedIDs(in: order))
        bulk.record(.succeeded, for: "a")
        bulk.record(.failed(APIFailure(userMessage: "Rate limited: wait 5 seconds", status: 429)), for: "b")
        bulk.record(.succeeded, for: "c")
        marks.keepOnly(bulk.failedIDs)
        #expect(marks.ids == ["b"])
        marks.clear()
        #expect(marks.isEmpty)
    }
}
