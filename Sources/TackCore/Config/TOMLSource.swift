import Foundation
import TOMLKit

/// A TOML document with the label used in messages (its path, or the preset's file name) and a
/// locator for the lines of its keys. The one way Tack's config, keymap and theme files reach
/// TOMLKit: the text is checked first (`TOMLInputCheck`), since its parser crashes on deep
/// nesting and stops at a NUL byte.
struct TOMLSource {
    let label: String
    let table: TOMLTable
    let lines: TOMLLineLocator

    /// Parses `text`; a problem `TOMLInputCheck` finds or a syntax error becomes a diagnostic at its line.
    init(label: String, text: String) throws(FileDiagnostic) {
        try Self.check(text.utf8, label: label)
        try self.init(label: label, checkedText: text)
    }

    /// Reads and parses the file at `path`, reading no more than one byte past the size limit.
    init(path: String) throws(FileDiagnostic) {
        let bytes = try Self.bytes(ofFileAt: path, limit: TOMLInputCheck.maximumSize + 1)
        try Self.check(bytes, label: path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FileDiagnostic(file: path, line: Self.lineOfInvalidUTF8(in: bytes), message: "the file is not valid UTF-8 text")
        }
        try self.init(label: path, checkedText: text)
    }

    private init(label: String, checkedText text: String) throws(FileDiagnostic) {
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FileDiagnostic(file: label, line: max(error.source.begin.line, 1), message: "invalid TOML: \(error.description)")
        } catch {
            throw FileDiagnostic(file: label, line: 1, message: "invalid TOML: \(error)")
        }
        self.label = label
        lines = TOMLLineLocator(text: text)
    }

    private static func check(_ bytes: some Collection<UInt8>, label: String) throws(FileDiagnostic) {
        if let problem = TOMLInputCheck.problem(in: bytes) {
            throw FileDiagnostic(file: label, line: problem.line, message: problem.message)
        }
    }

    /// A diagnostic at the line of `key` in `[table]` (nil for the top level).
    func diagnostic(_ message: String, key: String, table: String? = nil) -> FileDiagnostic {
        FileDiagnostic(file: label, line: lines.line(ofKey: key, inTable: table), message: message)
    }

    /// Up to `limit` bytes of the file; the system's reason when it cannot be read (missing, a
    /// directory, not permitted).
    private static func bytes(ofFileAt path: String, limit: Int) throws(FileDiagnostic) -> [UInt8] {
        func failure(_ code: Int32) -> FileDiagnostic {
            FileDiagnostic(file: path, line: nil, message: "cannot read the file: \(String(cString: strerror(code)))")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            bytes += chunk[..<count]
        }
        return bytes
    }

    /// The line holding the first byte that is not part of valid UTF-8.
    private static func lineOfInvalidUTF8(in bytes: [UInt8]) -> Int {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1 }
        }
        return line
    }
}
