import Foundation
import TOMLKit

/// A TOML document with the label used in messages (its path, or the preset's file name) and a
/// locator for the lines of its keys.
struct TOMLSource {
    let label: String
    let table: TOMLTable
    let lines: TOMLLineLocator

    /// Parses `text`; a syntax error becomes a diagnostic at the line TOMLKit reports.
    init(label: String, text: String) throws(FileDiagnostic) {
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FileDiagnostic(file: label, line: error.source.begin.line, message: "invalid TOML: \(error.description)")
        } catch {
            throw FileDiagnostic(file: label, line: 1, message: "invalid TOML: \(error)")
        }
        self.label = label
        lines = TOMLLineLocator(text: text)
    }

    /// Reads and parses the file at `path`.
    init(path: String) throws(FileDiagnostic) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FileDiagnostic(file: path, line: 1, message: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(label: path, text: text)
    }

    /// A diagnostic at the line of `key` in `[table]` (nil for the top level).
    func diagnostic(_ message: String, key: String, table: String? = nil) -> FileDiagnostic {
        FileDiagnostic(file: label, line: lines.line(ofKey: key, inTable: table), message: message)
    }
}
