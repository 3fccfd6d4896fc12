import TackCore
import TerminalCanvas

/// The modal form: one block per field under the title, then the form's keys and its phase
/// ("Saving…", Pinterest's message after a failure, whether a cancelled save may have gone through).
/// Scrolls to keep the focused field in view.
enum FormView {
    /// The box to draw and where the terminal's cursor goes (screen coordinates), if a text field
    /// is being edited.
    struct Layout: Hashable {
        var box: ModalBox
        var cursor: Point?
    }

    static let maximumWidth = 90

    static func layout(_ form: FormState, keymap: Keymap, in screen: Rect) -> Layout {
        let frameWidth = min(screen.width - 4, maximumWidth)
        let width = frameWidth - 2 * ModalBox.sideInset
        let footer = footerLines(form, keymap: keymap, width: width)
        let room = max(1, ScreenLayout.modalContentHeight(in: screen) - footer.count)

        let labelWidth = FormFieldBlock.labelWidth(for: form.fields)
        let multilineRows = screen.height >= 40 ? 6 : 3
        let blocks = form.fields.indices.map { index in
            FormFieldBlock.make(
                form.fields[index], in: form, isFocused: index == form.focusedFieldIndex,
                labelWidth: labelWidth, width: width, multilineRows: multilineRows
            )
        }
        let starts = blocks.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.lines.count) }
        let total = starts[starts.count - 1]
        let focused = blocks.indices.contains(form.focusedFieldIndex) ? form.focusedFieldIndex : 0
        let offset = total > room && !blocks.isEmpty
            ? min(starts[focused], max(0, starts[focused + 1] - room)) : 0
        let fieldLines = Array(blocks.flatMap(\.lines).dropFirst(offset).prefix(room))

        let frame = ModalBox.frame(width: frameWidth, contentHeight: fieldLines.count + footer.count, in: screen)
        let box = ModalBox(frame: frame, title: form.title, lines: fieldLines + footer)
        var cursor: Point?
        if !form.isSubmitting, blocks.indices.contains(focused), let point = blocks[focused].cursor {
            let row = starts[focused] + point.y - offset
            if (0..<fieldLines.count).contains(row) {
                cursor = Point(x: box.content.x + point.x, y: box.content.y + row)
            }
        }
        return Layout(box: box, cursor: cursor)
    }

    /// A separator, the phase when it has something to say, and the form's keys (none while saving).
    private static func footerLines(_ form: FormState, keymap: Keymap, width: Int) -> [[RoleSpan]] {
        let submitKey = KeyHints.firstKey(for: .submit, contexts: [.form], keymap: keymap)
        var lines = [ModalBox.separator(width: width)]
        switch form.phase {
        case .editing:
            break
        case .submitting:
            // The form takes no keys until Pinterest answers, but the one that stops waiting.
            let cancel = KeyHints.firstKey(for: .cancelForm, contexts: [.form], keymap: keymap).map { " — \($0) to cancel" }
            return lines + [[RoleSpan("⟳ Saving…\(cancel ?? "")", .loading)]]
        case .cancelled:
            let refreshKey = KeyHints.firstKey(for: .refresh, contexts: [.global], keymap: keymap)
            let message = form.cancellationMessage(refreshKey: refreshKey) ?? ""
            lines += TextWrap.lines(message, columns: width).map { [RoleSpan($0, .warning)] }
        case .failed(let failure):
            // Offered only when the same request may succeed: not after a 400, 403, 404 or 413.
            let retry = failure.isRetryable ? submitKey.map { " — \($0) to retry" } ?? "" : ""
            lines += TextWrap.lines("✗ \(failure.userMessage)\(retry)", columns: width).map { [RoleSpan($0, .error)] }
        }
        let hints = [Command.submit, .cancelForm, .nextField, .activateField].compactMap { command in
            KeyHints.firstKey(for: command, contexts: [.form], keymap: keymap).map {
                KeyHintItem(key: $0, label: label(of: command, in: form))
            }
        }
        lines.append(RoleSpan.keyHints(hints, width: width))
        return lines
    }

    /// A form key's label: what activate does on the focused field; "apply" for a form that sends no write.
    private static func label(of command: Command, in form: FormState) -> String {
        switch command {
        case .activateField: activateLabel(form.focusedField)
        case .submit where !form.kind.sendsWrite: "apply"
        default: CommandLabel.short(command)
        }
    }

    /// What the activate key does on the focused field.
    private static func activateLabel(_ field: FormField?) -> String {
        switch field?.value {
        case .reference?: "choose"
        case .choice?: "next choice"
        case .text(let buffer)? where buffer.isMultiline: "new line"
        default: "next field"
        }
    }
}
