import PinterestAPI

/// A yes/no dialog before a destructive or far-reaching action.
public struct ConfirmState: Hashable, Sendable {
    public var title: String
    public var message: [String]
    public let action: ConfirmedAction
    public var confirmLabel: String
    public var cancelLabel: String

    public init(
        title: String, message: [String], action: ConfirmedAction, confirmLabel: String, cancelLabel: String = "Cancel"
    ) {
        self.title = title
        self.message = message
        self.action = action
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
    }

    /// Names the board and what goes with it; counts that are not known are left out.
    public static func deleteBoard(id: String, name: String, pinCount: Int?, sectionCount: Int?) -> ConfirmState {
        let contents = [pinCount.map { plural($0, "pin") }, sectionCount.map { plural($0, "section") }]
            .compactMap { $0 }
        var message = ["Delete the board \"\(name)\"?"]
        if !contents.isEmpty {
            message.append("Its \(contents.joined(separator: " and ")) will be deleted with it.")
        }
        message.append("This cannot be undone.")
        return ConfirmState(
            title: "Delete board", message: message, action: .deleteBoard(boardId: id, name: name),
            confirmLabel: "Delete")
    }

    public static func deleteSection(boardId: String, section: BoardSection) -> ConfirmState {
        ConfirmState(
            title: "Delete section",
            message: ["Delete the section \"\(section.name)\" and the pins in it?", "This cannot be undone."],
            action: .deleteSection(boardId: boardId, sectionId: section.id, name: section.name), confirmLabel: "Delete")
    }

    /// `ids` are the pins as marked when the user asked, in list order.
    public static func deletePins(ids: [String]) -> ConfirmState {
        ConfirmState(
            title: "Delete pins", message: ["Delete \(plural(ids.count, "pin"))?", "This cannot be undone."],
            action: .deletePins(ids: ids), confirmLabel: "Delete")
    }

    /// `destinationName` names the board (and section) for the message, e.g. "Garden › Roses".
    public static func movePins(
        ids: [String], to destination: PinDestination, destinationName: String
    ) -> ConfirmState {
        ConfirmState(
            title: "Move pins", message: ["Move \(plural(ids.count, "pin")) to \(destinationName)?"],
            action: .movePins(ids: ids, to: destination), confirmLabel: "Move")
    }

    /// Asked when cancelling a form with changes.
    public static func discardForm(title: String) -> ConfirmState {
        ConfirmState(
            title: "Discard changes", message: ["\(title) has changes that are not saved.", "Discard them?"],
            action: .discardForm, confirmLabel: "Discard", cancelLabel: "Keep editing")
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
