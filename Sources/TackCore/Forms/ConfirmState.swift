import Foundation
import PinterestAPI
import TerminalCanvas

/// A yes/no dialog before a destructive or far-reaching action. Names from the API (boards,
/// sections, pin titles) are sanitised and cut to fit before they reach the message.
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
        var message = ["Delete the board \(quoted(name))?"]
        if !contents.isEmpty {
            message.append("Its \(contents.joined(separator: " and ")) will be deleted with it.")
        }
        message.append("This cannot be undone.")
        return ConfirmState(
            title: "Delete board", message: message, action: .deleteBoard(boardId: id, name: name),
            confirmLabel: "Delete")
    }

    /// Names the section and how many pins go with it; `pinCount` is nil while it is not known
    /// (being counted, or the count failed), and the message says so.
    public static func deleteSection(boardId: String, section: BoardSection, pinCount: Int?) -> ConfirmState {
        let name = quoted(section.name)
        let question = switch pinCount {
        case 0?: "Delete the section \(name)? It has no pins."
        case let count?: "Delete the section \(name) and its \(plural(count, "pin"))?"
        case nil: "Delete the section \(name) and every pin in it (how many is not known)?"
        }
        return ConfirmState(
            title: "Delete section", message: [question, "This cannot be undone."],
            action: .deleteSection(boardId: boardId, sectionId: section.id, name: section.name), confirmLabel: "Delete")
    }

    /// How many pin titles a delete of several pins names before "and N more".
    public static let namedPinsLimit = 3
    /// The widest a pin title is shown in a dialog, in terminal columns.
    public static let pinTitleColumns = 40

    /// `pins` are the pins as marked when the user asked, in list order, with their titles where
    /// known: one pin is named by its title, several by their count and the first titles.
    public static func deletePins(_ pins: [(id: String, title: String?)]) -> ConfirmState {
        let names = pins.prefix(namedPinsLimit).map { pinName($0.title) }
        let question: String
        if pins.count == 1 {
            question = "Delete the pin \(names[0])?"
        } else {
            let more = pins.count - names.count
            let listed = names.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            question = "Delete \(plural(pins.count, "pin")): \(listed)?"
        }
        return ConfirmState(
            title: pins.count == 1 ? "Delete pin" : "Delete pins", message: [question, "This cannot be undone."],
            action: .deletePins(ids: pins.map(\.id)), confirmLabel: "Delete")
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

    /// Asked when quitting while writes are on their way: quitting abandons them.
    public static func quitWhileWriting(_ count: Int) -> ConfirmState {
        ConfirmState(
            title: "Quit while saving",
            message: [
                "\(plural(count, "write")) \(count == 1 ? "is" : "are") on the way to Pinterest.",
                "Quitting abandons \(count == 1 ? "it" : "them"): Pinterest may or may not have made \(count == 1 ? "it" : "them").",
            ],
            action: .quit, confirmLabel: "Quit", cancelLabel: "Stay")
    }

    /// A pin's title as a dialog names it: cleaned of control characters, cut to fit, quoted.
    /// Names the website whose claim goes.
    public static func unverifyWebsite(_ website: String) -> ConfirmState {
        ConfirmState(
            title: "Unverify website",
            message: [
                "Unverify \(quoted(website))?",
                "Pinterest stops attributing its pins to you until you verify it again.",
            ],
            action: .unverifyWebsite(website: website), confirmLabel: "Unverify")
    }

    private static func pinName(_ title: String?) -> String {
        guard let title, !TextSanitizer.sanitize(title).trimmingCharacters(in: .whitespaces).isEmpty else {
            return "(untitled)"
        }
        return quoted(title, columns: pinTitleColumns)
    }

    /// A name from the API, made safe to draw and cut to `columns`, in quotes.
    private static func quoted(_ name: String, columns: Int = 60) -> String {
        let clean = TextSanitizer.sanitize(name).trimmingCharacters(in: .whitespaces)
        return "“\(TextWidth.truncate(clean, toColumns: columns))”"
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
