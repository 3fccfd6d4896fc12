import Foundation

/// Finds where keys and values sit in a TOML file's text, since TOMLKit does not report positions.
/// It only recognises the simple layout the shipped files use (`[table]` headers and `key = value`
/// lines, values possibly spanning several lines); anything it cannot place falls back to the
/// nearest line it knows, and ultimately to line 1.
///
/// The text is indexed once, when the locator is made; every question is then a dictionary look-up,
/// so reporting a problem for each of a file's many keys stays linear in the file's size.
struct TOMLLineLocator {
    /// A `key = value` entry: the table it sits in (nil for the top level) and its key.
    private struct Entry: Hashable {
        var table: String?
        var key: String
    }

    /// The line of each `[table]` header (the first, if repeated).
    private var tableLines: [String: Int] = [:]
    /// The line of each entry's key (the first, if repeated).
    private var keyLines: [Entry: Int] = [:]
    /// For each entry, the line of each quoted string in its value (the first, if repeated).
    private var stringLines: [Entry: [String: Int]] = [:]

    init(text: String) {
        var table: String?
        /// The entry whose value the current line belongs to.
        var entry: Entry?
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, bytes) in lines.enumerated() {
            let lineNumber = index + 1
            let line = String(Substring(bytes)).trimmingCharacters(in: .whitespaces.union(["\r"]))
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix { $0 != "]" }
                let header = Self.unquoted(name.trimmingCharacters(in: .whitespaces))
                table = header
                entry = nil
                if tableLines[header] == nil { tableLines[header] = lineNumber }
            } else if let key = Self.key(in: line) {
                let found = Entry(table: table, key: key)
                // A repeated key is a TOML error: keep the first, and its value's lines.
                entry = keyLines[found] == nil ? found : nil
                if entry != nil { keyLines[found] = lineNumber }
            }
            if let entry {
                for string in Self.quotedStrings(in: line) where stringLines[entry]?[string] == nil {
                    stringLines[entry, default: [:]][string] = lineNumber
                }
            }
        }
    }

    /// The line where `key` is assigned inside `[table]` (nil for the top level); a top-level key
    /// may also be a `[key]` table of its own.
    func line(ofKey key: String, inTable table: String?) -> Int {
        keyLines[Entry(table: table, key: key)] ?? tableLines[table ?? key] ?? 1
    }

    /// The line inside `key`'s value that holds the quoted string `value`.
    func line(ofString value: String, inKey key: String, table: String?) -> Int {
        stringLines[Entry(table: table, key: key)]?[value] ?? line(ofKey: key, inTable: table)
    }

    private static let bareKeyCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")

    /// The bare or quoted key at the start of a `key = value` line, if the line is one.
    private static func key(in line: String) -> String? {
        guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return nil }
        let key = unquoted(line[..<equals].trimmingCharacters(in: .whitespaces))
        return !key.isEmpty && key.allSatisfy(bareKeyCharacters.contains) ? key : nil
    }

    /// The contents of the `"…"` and `'…'` strings on a line, as written (escapes left as they are),
    /// up to a comment.
    private static func quotedStrings(in line: String) -> [String] {
        var strings: [String] = []
        var current: (quote: Character, text: String)?
        var escaped = false
        for character in line {
            if var string = current {
                if escaped {
                    escaped = false
                } else if character == "\\" && string.quote == "\"" {
                    escaped = true
                } else if character == string.quote {
                    strings.append(string.text)
                    current = nil
                    continue
                }
                string.text.append(character)
                current = string
            } else if character == "\"" || character == "'" {
                current = (character, "")
            } else if character == "#" {
                break
            }
        }
        return strings
    }

    private static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
