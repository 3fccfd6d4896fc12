import TackCore
import TerminalCanvas

extension AppView {
    /// Draws what is open over the panes, bottom to top: the form, its picker, a confirmation, and
    /// a bulk operation's dialog.
    static func drawModals(_ state: AppState, on buffer: inout ScreenBuffer, theme: Theme) {
        let screen = Rect(size: state.terminalSize)
        var boxes: [ModalBox] = []
        if let form = state.form { boxes.append(FormView.layout(form, keymap: state.keymap, in: screen).box) }
        if let picker = state.picker { boxes.append(PickerView.layout(picker, keymap: state.keymap, in: screen).box) }
        if let confirmation = state.confirmation {
            boxes.append(ConfirmDialogView.box(confirmation, keymap: state.keymap, in: screen))
        }
        if let bulk = state.bulk { boxes.append(BulkDialogView.box(bulk, keymap: state.keymap, in: screen)) }
        for box in boxes {
            box.draw(on: &buffer, theme: theme)
        }
    }

    /// Where the terminal should show its cursor: in the command palette's query, the picker's filter,
    /// or the form's focused text field; nil when no text is being edited, or a dialog covers it.
    public static func cursor(for state: AppState) -> Point? {
        guard state.layout != nil else { return nil }
        let screen = Rect(size: state.terminalSize)
        if let palette = state.palette { return CommandPaletteView.layout(palette, keymap: state.keymap, in: screen).cursor }
        guard state.confirmation == nil, state.bulk == nil else { return nil }
        if let picker = state.picker { return PickerView.layout(picker, keymap: state.keymap, in: screen).cursor }
        if let form = state.form { return FormView.layout(form, keymap: state.keymap, in: screen).cursor }
        return nil
    }
}
