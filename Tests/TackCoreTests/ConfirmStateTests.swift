import PinterestAPI
import TackCore
import Testing

@Suite("Confirmations")
struct ConfirmStateTests {
    @Test func deletingABoardNamesItAndWhatGoesWithIt() {
        let confirm = ConfirmState.deleteBoard(id: "100", name: "Summer Recipes", pinCount: 48, sectionCount: 1)
        #expect(confirm.title == "Delete board")
        #expect(confirm.message == [
            "Delete the board \"Summer Recipes\"?", "Its 48 pins and 1 section will be deleted with it.",
            "This cannot be undone.",
        ])
        #expect(confirm.action == .deleteBoard(boardId: "100", name: "Summer Recipes"))
        #expect(confirm.confirmLabel == "Delete")
        #expect(confirm.cancelLabel == "Cancel")
        #expect(confirm.action.writeRequest == .deleteBoard(boardId: "100"))
        #expect(confirm.action.bulkOperation == nil)
    }

    @Test func unknownCountsAreLeftOut() {
        let confirm = ConfirmState.deleteBoard(id: "1", name: "B", pinCount: 1, sectionCount: nil)
        #expect(confirm.message[1] == "Its 1 pin will be deleted with it.")
        let none = ConfirmState.deleteBoard(id: "1", name: "B", pinCount: nil, sectionCount: nil)
        #expect(none.message == ["Delete the board \"B\"?", "This cannot be undone."])
    }

    @Test func deletingASectionActsOnItsIDs() {
        let confirm = ConfirmState.deleteSection(boardId: "100", section: BoardSection(id: "110", name: "Salads"))
        #expect(confirm.message.first == "Delete the section \"Salads\" and the pins in it?")
        #expect(confirm.action.writeRequest == .deleteSection(boardId: "100", sectionId: "110"))
    }

    @Test func pinDeletesAndMovesBecomeBulkOperationsOnTheConfirmedIDs() {
        let delete = ConfirmState.deletePins(ids: ["3", "1"])
        #expect(delete.message.first == "Delete 2 pins?")
        #expect(delete.action.writeRequest == nil)
        #expect(delete.action.bulkOperation == BulkOperation(kind: .delete, ids: ["3", "1"]))
        let destination = PinDestination(boardId: "200", sectionId: nil)
        let move = ConfirmState.movePins(ids: ["7"], to: destination, destinationName: "Garden ideas")
        #expect(move.message == ["Move 1 pin to Garden ideas?"])
        #expect(move.confirmLabel == "Move")
        #expect(move.action.bulkOperation?.request(for: "7") == .movePin(pinId: "7", boardId: "200", sectionId: nil))
    }

    @Test func discardingAFormAsksToKeepEditing() {
        let confirm = ConfirmState.discardForm(title: "New pin")
        #expect(confirm.action == .discardForm)
        #expect(confirm.confirmLabel == "Discard")
        #expect(confirm.cancelLabel == "Keep editing")
        #expect(confirm.action.writeRequest == nil)
        #expect(confirm.action.bulkOperation == nil)
    }
}
