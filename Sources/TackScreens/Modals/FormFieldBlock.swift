import TackCore
import TerminalCanvas

/// The lines of one form field: its label and value (with the remaining count of a length-limited
/// field on the right), then its validation message or its hint.
struct FormFieldBlock: Hashable {
    var lines: [[RoleSpan]]
    /// The text cursor relative to the block (x from the content's left edge), when the field is
    /// a focused text field.
    var cursor: Point?

    /// Room kept on the right of a length-limited field's value for "2048 left".
    static let countWidth = 10

    /// The label column: a focus marker, the longest label and a gap.
    static func labelWidth(for fields: [FormField]) -> Int {
        2 + (fields.map { TextWidth.columns(of: $0.label) }.max() ?? 0) + 2
    }

    static func make(
        _ field: FormField, in form: FormState, isFocused: Bool, labelWidth: Int, width: Int, multilineRows: Int
    ) -> FormFieldBlock {
        let remaining = form.remainingText(for: field.id)
        let valueWidth = max(1, width - labelWidth - (remaining == nil ? 0 : countWidth))
        let value = valueRows(field.value, isFocused: isFocused, width: valueWidth, multilineRows: multilineRows)

        let label = RoleSpan(
            TextWidth.pad((isFocused ? "▸ " : "  ") + field.label, toColumns: labelWidth),
            isFocused ? .titleFocused : .detailLabel
        )
        let indent = RoleSpan(String(repeating: " ", count: labelWidth), .text)
        var lines = value.rows.enumerated().map { index, row in
            [index == 0 ? label : indent, RoleSpan(TextWidth.pad(row.text, toColumns: valueWidth), row.role)]
        }
        if let remaining {
            let role = remainingRole(remaining, text: field.submittedText)
            lines[0].append(RoleSpan(String(repeating: " ", count: countWidth - TextWidth.columns(of: remaining)) + remaining, role))
        }
        for note in noteLines(field, in: form, width: width - labelWidth) {
            lines.append([indent, note])
        }
        return FormFieldBlock(lines: lines, cursor: value.cursor.map { Point(x: labelWidth + $0.x, y: $0.y) })
    }

    /// The validation message when the field is invalid: in the error role once the user changed the
    /// field, muted (or the hint, when there is one) while it is as it opened. Otherwise the hint.
    private static func noteLines(_ field: FormField, in form: FormState, width: Int) -> [RoleSpan] {
        let error = form.errors[field.id]
        if let error, form.isChanged(field.id) {
            return TextWrap.lines("✗ \(error)", columns: width).map { RoleSpan($0, .error) }
        }
        guard let note = field.hint ?? error else { return [] }
        return TextWrap.lines(note, columns: width).map { RoleSpan($0, .muted) }
    }

    /// "96 left" muted, in the warning role under a tenth of the limit, in the error role when over.
    /// The count comes as text from the form model; the limit is the count plus the text's length.
    static func remainingRole(_ remaining: String, text: String) -> ThemeRole {
        let parts = remaining.split(separator: " ")
        guard parts.count == 2, let count = Int(parts[0]) else { return .muted }
        if parts[1] == "over" { return .error }
        let limit = count + text.unicodeScalars.count
        return count * 10 < limit ? .warning : .muted
    }

    private struct ValueRows {
        var rows: [(text: String, role: ThemeRole)]
        var cursor: Point?
    }

    private static func valueRows(_ value: FieldValue, isFocused: Bool, width: Int, multilineRows: Int) -> ValueRows {
        let role: ThemeRole = isFocused ? .filter : .text
        switch value {
        case .text(let buffer) where buffer.isMultiline:
            let cursor = isFocused ? (row: buffer.cursorRow, column: buffer.cursorColumn) : nil
            let view = TextFieldViewport.multiline(buffer.lines, cursor: cursor, width: width, height: multilineRows)
            let rows = view.rows + Array(repeating: "", count: max(0, multilineRows - view.rows.count))
            return ValueRows(rows: rows.map { ($0, role) }, cursor: isFocused ? view.cursor : nil)
        case .text(let buffer):
            guard isFocused else { return ValueRows(rows: [(TextWidth.truncate(TextSanitizer.sanitize(buffer.text), toColumns: width), role)]) }
            let view = TextFieldViewport.singleLine(buffer.text, cursorColumn: buffer.cursorDisplayColumn, width: width)
            return ValueRows(rows: view.rows.map { ($0, role) }, cursor: view.cursor)
        case .choice(let options, let index):
            let label = options.indices.contains(index) ? options[index].label : ""
            return ValueRows(rows: [(TextWidth.truncate("‹ \(label) ›", toColumns: width), role)])
        case .reference(_, let label) where label.isEmpty:
            return ValueRows(rows: [("choose… ▾", .muted)])
        case .reference(_, let label):
            return ValueRows(rows: [(TextWidth.truncate(TextSanitizer.sanitize(label), toColumns: width - 2) + " ▾", role)])
        }
    }
}
