import Foundation

/// Finds where keys and values sit in a TOML file's text, since TOMLKit does not report positions.
/// It only recognises the simple layout the shipped files use (`[table]` headers and `key = value`
/// lines, values possibly spanning several lines); anything it cannot place falls back to the
/// nearest line it knows, and ultimately to line 1.
struct TOMLLineLocator {
    /// A `key = value` entry: its table, key, and the lines `[first, end)` its value spans.
    private struct Entry {
        var table: String?
        var key: String
        var first: Int
        var end: Int
    }

    private let lines: [Substring]
    private var tableLines: [String: Int] = [:]
    private var entries: [Entry] = []

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                closeLastEntry(at: index)
                let name = line.dropFirst().prefix { $0 != "]" }
                let header = Self.unquoted(name.trimmingCharacters(in: .whitespaces))
                table = header
                if tableLines[header] == nil { tableLines[header] = index + 1 }
            } else if let key = Self.key(in: line) {
                closeLastEntry(at: index)
                entries.append(Entry(table: table, key: key, first: index, end: lines.count))
            }
        }
    }

    /// The line of the `[table]` header.
    private func line(ofTable table: String) -> Int {
        tableLines[table] ?? 1
    }

    /// The line where `key` is assigned inside `[table]` (nil for the top level); a top-level key
    /// may also be a `[key]` table of its own.
    func line(ofKey key: String, inTable table: String?) -> Int {
        if let entry = entry(key, table) { return entry.first + 1 }
        return line(ofTable: table ?? key)
    }

    /// The line inside `key`'s value that holds the quoted string `value`.
    func line(ofString value: String, inKey key: String, table: String?) -> Int {
        guard let entry = entry(key, table) else { return line(ofKey: key, inTable: table) }
        let quotedForms = ["\"\(value)\"", "'\(value)'"]
        let found = (entry.first..<entry.end).first { index in
            quotedForms.contains { lines[index].contains($0) }
        }
        return (found ?? entry.first) + 1
    }

    private func entry(_ key: String, _ table: String?) -> Entry? {
        entries.first { $0.key == key && $0.table == table }
    }

    private mutating func closeLastEntry(at index: Int) {
        guard let last = entries.indices.last, entries[last].end == lines.count else { return }
        entries[last].end = index
    }

    /// The bare or quoted key at the start of a `key = value` line, if the line is one.
    private static func key(in line: String) -> String? {
        guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return nil }
        let key = unquoted(line[..<equals].trimmingCharacters(in: .whitespaces))
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        return !key.isEmpty && key.allSatisfy(allowed.contains) ? key : nil
    }

    private static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
