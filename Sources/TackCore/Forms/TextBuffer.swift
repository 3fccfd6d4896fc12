import TerminalCanvas

/// The text of one form field being edited, with a cursor, working in grapheme clusters so that
/// CJK, emoji ZWJ sequences and combining marks are never split.
///
/// A single-line buffer never holds a newline; a multi-line one splits its text into `lines` on "\n".
public struct TextBuffer: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor as a grapheme offset into `text`, 0...text.count.
    public private(set) var cursor: Int
    public let isMultiline: Bool
    /// The display column that up/down moves aim for, kept across consecutive vertical moves.
    private var goalColumn: Int?

    /// A buffer holding `text` (sanitised like typed input) with the cursor at its end.
    public init(_ text: String = "", isMultiline: Bool = false) {
        self.isMultiline = isMultiline
        self.text = ""
        cursor = 0
        goalColumn = nil
        insert(text)
    }

    /// The text split into lines (always at least one, possibly empty).
    public var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The line the cursor is on, from 0.
    public var cursorRow: Int {
        characters[..<cursor].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// The cursor's offset in graphemes from the start of its line.
    public var cursorColumn: Int { cursor - lineStart(of: cursor) }

    /// The cursor's offset in terminal columns from the start of its line.
    public var cursorDisplayColumn: Int {
        TextWidth.columns(of: String(characters[lineStart(of: cursor)..<cursor]))
    }

    public var isEmpty: Bool { text.isEmpty }

    // MARK: - Editing

    /// Inserts typed or pasted text at the cursor. Control characters and bidi overrides are
    /// dropped; tabs become spaces, and so do line breaks in a single-line buffer.
    public mutating func insert(_ typed: String) {
        let clean = sanitized(typed)
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + clean
        replace(cursor..<cursor, with: clean)
        // Counted on the joined text: a combining mark typed after a letter merges into it.
        cursor = before.count
    }

    /// Starts a new line at the cursor; does nothing in a single-line buffer.
    public mutating func insertNewline() {
        guard isMultiline else { return }
        replace(cursor..<cursor, with: "\n")
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        deleteRange(cursor - 1..<cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        deleteRange(cursor..<cursor + 1)
    }

    public mutating func deleteWordBackward() {
        deleteRange(wordStart(before: cursor)..<cursor)
    }

    public mutating func deleteWordForward() {
        deleteRange(cursor..<wordEnd(after: cursor))
    }

    public mutating func deleteToLineStart() {
        deleteRange(lineStart(of: cursor)..<cursor)
    }

    /// Deletes to the end of the line; at the end of a line, joins the next one to it.
    public mutating func deleteToLineEnd() {
        let end = lineEnd(of: cursor)
        deleteRange(cursor..<(end == cursor && end < characters.count ? end + 1 : end))
    }

    // MARK: - Movement

    public mutating func moveLeft() { moveCursor(to: cursor - 1) }

    public mutating func moveRight() { moveCursor(to: cursor + 1) }

    public mutating func moveWordLeft() { moveCursor(to: wordStart(before: cursor)) }

    public mutating func moveWordRight() { moveCursor(to: wordEnd(after: cursor)) }

    public mutating func moveToLineStart() { moveCursor(to: lineStart(of: cursor)) }

    public mutating func moveToLineEnd() { moveCursor(to: lineEnd(of: cursor)) }

    /// Moves to the line above, at the same display column as far as that line allows.
    public mutating func moveUp() {
        let start = lineStart(of: cursor)
        guard isMultiline, start > 0 else { return }
        moveVertically(toLineStartingAt: lineStart(of: start - 1))
    }

    /// Moves to the line below, at the same display column as far as that line allows.
    public mutating func moveDown() {
        let end = lineEnd(of: cursor)
        guard isMultiline, end < characters.count else { return }
        moveVertically(toLineStartingAt: end + 1)
    }

    // MARK: - Helpers

    private var characters: [Character] { Array(text) }

    private mutating func moveCursor(to offset: Int) {
        cursor = min(max(offset, 0), characters.count)
        goalColumn = nil
    }

    private mutating func moveVertically(toLineStartingAt start: Int) {
        let goal = goalColumn ?? cursorDisplayColumn
        let all = characters
        var offset = start
        var used = 0
        while offset < all.count, all[offset] != "\n" {
            let width = TextWidth.columns(of: all[offset])
            if used + width > goal { break }
            used += width
            offset += 1
        }
        cursor = offset
        goalColumn = goal
    }

    private mutating func deleteRange(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        replace(range, with: "")
        cursor = range.lowerBound
    }

    private mutating func replace(_ range: Range<Int>, with replacement: String) {
        var all = characters
        all.replaceSubrange(range, with: Array(replacement))
        text = String(all)
        goalColumn = nil
    }

    private func lineStart(of offset: Int) -> Int {
        characters[..<offset].lastIndex(of: "\n").map { $0 + 1 } ?? 0
    }

    private func lineEnd(of offset: Int) -> Int {
        let all = characters
        return all[offset...].firstIndex(of: "\n") ?? all.count
    }

    /// The start of the word before `offset`: skips separators, then the word's letters and digits.
    private func wordStart(before offset: Int) -> Int {
        let all = characters
        var index = offset
        while index > 0, !Self.isWordCharacter(all[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(all[index - 1]) { index -= 1 }
        return index
    }

    /// The end of the word after `offset`: skips separators, then the word's letters and digits.
    private func wordEnd(after offset: Int) -> Int {
        let all = characters
        var index = offset
        while index < all.count, !Self.isWordCharacter(all[index]) { index += 1 }
        while index < all.count, Self.isWordCharacter(all[index]) { index += 1 }
        return index
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private func sanitized(_ typed: String) -> String {
        var result = ""
        for character in typed {
            if character.isNewline {
                result.append(isMultiline ? "\n" : " ")
            } else if character == "\t" {
                result.append(" ")
            } else {
                result.unicodeScalars.append(contentsOf: character.unicodeScalars.filter(Self.isKept))
            }
        }
        return result
    }

    /// False for control characters and the bidi embedding, override and isolate controls.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.generalCategory == .control { return false }
        return !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
    }
}
