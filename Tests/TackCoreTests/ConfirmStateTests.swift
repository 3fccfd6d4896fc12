import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

@Suite("Confirmations")
struct ConfirmStateTests {
    @Test func deletingABoardNamesItAndWhatGoesWithIt() {
        let confirm = ConfirmState.deleteBoard(id: "100", name: "Summer Recipes", pinCount: 48, sectionCount: 1)
        #expect(confirm.title == "Delete board")
        #expect(confirm.message == [
            "Delete the board “Summer Recipes”?", "Its 48 pins and 1 section will be deleted with it.",
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
        #expect(none.message == ["Delete the board “B”?", "This cannot be undone."])
    }

    @Test func deletingASectionSaysHowManyPinsGoWithIt() {
        let salads = BoardSection(id: "110", name: "Salads")
        let counted = ConfirmState.deleteSection(boardId: "100", section: salads, pinCount: 12)
        #expect(counted.message == ["Delete the section “Salads” and its 12 pins?", "This cannot be undone."])
        #expect(counted.action.writeRequest == .deleteSection(boardId: "100", sectionId: "110"))
        let one = ConfirmState.deleteSection(boardId: "100", section: salads, pinCount: 1)
        #expect(one.message.first == "Delete the section “Salads” and its 1 pin?")
        let empty = ConfirmState.deleteSection(boardId: "100", section: salads, pinCount: 0)
        #expect(empty.message.first == "Delete the section “Salads”? It has no pins.")
        let unknown = ConfirmState.deleteSection(boardId: "100", section: salads, pinCount: nil)
        #expect(unknown.message.first == "Delete the section “Salads” and every pin in it (how many is not known)?")
    }

    @Test func deletingOnePinNamesItByItsTitleCleanedAndCut() {
        let one = ConfirmState.deletePins([("3", "Grilled peach salad")])
        #expect(one.title == "Delete pin")
        #expect(one.message == ["Delete the pin “Grilled peach salad”?", "This cannot be undone."])
        let hostile = ConfirmState.deletePins([("3", "Evil\u{1B}[2J\ntitle " + String(repeating: "x", count: 80))])
        let shown = hostile.message[0]
        #expect(!shown.contains("\u{1B}") && !shown.contains("\n"), "escape sequences and line breaks are removed")
        #expect(shown.hasPrefix("Delete the pin “Evil title xxx") && shown.hasSuffix("…”?"), "cut to fit: \(shown)")
        #expect(TextWidth.columns(of: shown) <= "Delete the pin “”?".count + ConfirmState.pinTitleColumns)
        let untitled = ConfirmState.deletePins([("3", nil)])
        #expect(untitled.message.first == "Delete the pin (untitled)?")
    }

    @Test func deletingSeveralPinsGivesTheCountAndTheFirstTitles() {
        let two = ConfirmState.deletePins([("3", "Lemon tart"), ("1", nil)])
        #expect(two.title == "Delete pins")
        #expect(two.message.first == "Delete 2 pins: “Lemon tart”, (untitled)?")
        let five = ConfirmState.deletePins((1...5).map { ("\($0)", "Pin \($0)") })
        #expect(five.message.first == "Delete 5 pins: “Pin 1”, “Pin 2”, “Pin 3” and 2 more?")
        #expect(five.action == .deletePins(ids: ["1", "2", "3", "4", "5"]), "every pin, not only those named")
    }

    @Test func onlyDeletesAndDiscardingChangesAreDestructive() {
        #expect(ConfirmedAction.deleteBoard(boardId: "1", name: "B").isDestructive)
        #expect(ConfirmedAction.deleteSection(boardId: "1", sectionId: "2", name: "S").isDestructive)
        #expect(ConfirmedAction.deletePins(ids: ["1"]).isDestructive)
        #expect(ConfirmedAction.discardForm.isDestructive)
        #expect(!ConfirmedAction.movePins(ids: ["1"], to: PinDestination(boardId: "2")).isDestructive)
    }

    @Test func pinDeletesAndMovesBecomeBulkOperationsOnTheConfirmedIDs() {
        let delete = ConfirmState.deletePins([("3", "A"), ("1", "B")])
        #expect(delete.action.writeRequest == nil)
        #expect(delete.action.bulkOperation == BulkOperation(kind: .delete, ids: ["3", "1"]))
        let destination = PinDestination(boardId: "200", sectionId: nil)
        let move = ConfirmState.movePins(ids: ["7"], to: destination, destinationName: "Garden ideas")
        #expect(move.message == ["Move 1 pin to Garden ideas?"])
        #expect(move.confirmLabel == "Move")
        #expect(move.action.bulkOperation?.request(for: "7") == .movePin(pinId: "7", to: PinDestination(boardId: "200")))
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
