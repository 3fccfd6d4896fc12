import TackCore
import TerminalCanvas

/// The confirmation dialog: its message, then the confirm and cancel keys named by what they do
/// ("y Delete · n Cancel").
enum ConfirmDialogView {
    static let maximumWidth = 64

    static func box(_ confirmation: ConfirmState, keymap: Keymap, in screen: Rect) -> ModalBox {
        let frameWidth = min(screen.width - 8, maximumWidth)
        let width = frameWidth - 2 * ModalBox.sideInset
        let message = confirmation.message.flatMap { TextWrap.lines($0, columns: width) }.map { [RoleSpan($0, .text)] }
        let keys = dialogKeys(keymap)
        let hints = [
            keys.confirm.map { KeyHintItem(key: $0, label: confirmation.confirmLabel) },
            keys.cancel.map { KeyHintItem(key: $0, label: confirmation.cancelLabel) },
        ]
        let lines = message + [[], RoleSpan.keyHints(hints.compactMap { $0 }, width: width)]
        return ModalBox(
            frame: ModalBox.frame(width: frameWidth, contentHeight: lines.count, in: screen), title: confirmation.title, lines: lines)
    }

    /// The first key of confirm and of cancel in the [confirm] context.
    static func dialogKeys(_ keymap: Keymap) -> (confirm: String?, cancel: String?) {
        (
            KeyHints.firstKey(for: .confirm, contexts: [.confirm], keymap: keymap),
            KeyHints.firstKey(for: .cancelDialog, contexts: [.confirm], keymap: keymap)
        )
    }
}
