/// Checks a TOML file's text before TOMLKit parses it, for what its parser (toml++) does not survive
/// or does not see: it recurses once per level of nesting, so a header of 30,000 dotted parts
/// overflows the stack; it reads the text as a C string, so a NUL byte silently ends the file; and
/// it asserts (in release builds: assumes) that a table header starts with a key, so `[ = 1]` aborts,
/// and that an array's next value does not start with `}` or a Unicode line separator, so `[}]` aborts.
/// One pass over the bytes, which respects quoted strings and comments.
enum TOMLInputCheck {
    /// Tack's TOML files are a few kilobytes; a larger file is refused before it is read whole.
    static let maximumSize = 1 << 20
    /// Levels of tables (header and dotted-key parts), arrays and inline tables; the shipped files use 2.
    static let maximumDepth = 32

    /// The first problem in `bytes`, with its 1-based line (nil when it concerns the whole file).
    static func problem(in bytes: some Collection<UInt8>) -> (line: Int?, message: String)? {
        if bytes.count > maximumSize {
            return (nil, "the file is larger than 1 MiB (\(maximumSize) bytes); Tack's TOML files are far smaller")
        }
        var scanner = NestingScanner()
        for byte in bytes {
            if byte == 0 { return (scanner.line, "the file contains a NUL byte") }
            scanner.consume(byte)
            if let problem = scanner.problem { return problem }
            if scanner.depth > maximumDepth {
                return (scanner.line, "nested too deeply: more than \(maximumDepth) levels of tables, arrays or dotted keys")
            }
        }
        return nil
    }
}

/// Follows the nesting of a TOML text byte by byte: the parts of the current `[table]` header, the
/// parts of the dotted key being read, and the open arrays and inline tables. Strings (single- and
/// multi-line, basic and literal) and comments are skipped, so brackets and dots inside them do
/// not count. Deliberately approximate in one way (a float's dot inside an inline table counts as
/// a key part), which can only overstate the depth by one level per value.
private struct NestingScanner {
    private enum Container { case array, inlineTable }

    private enum Mode {
        case normal
        case comment
        /// In a `[table]` or `[[array]]` header; `awaitingKey` until its first key character, while
        /// `secondBracket` says whether the `[` of `[[` may still come.
        case header(awaitingKey: Bool, secondBracket: Bool)
        /// After `count` (1 or 2) quotes: a one-line string, an empty one, or the start of `"""`.
        case opening(quote: UInt8, count: Int, inHeader: Bool)
        /// Inside a string; `quoteRun` counts the quotes just seen, three of which end a multi-line one.
        case string(quote: UInt8, multiLine: Bool, inHeader: Bool, quoteRun: Int)
    }

    private(set) var line = 1
    private(set) var depth = 0
    /// Set when the text holds something the parser does not survive.
    private(set) var problem: (line: Int?, message: String)?
    private var mode = Mode.normal
    /// The parts of the last `[table]` header.
    private var headerDepth = 0
    /// For each open array or inline table, its kind and the depth before it opened.
    private var open: [(container: Container, depthBefore: Int)] = []
    /// Whether the next characters are a key (before `=`), where dots separate parts.
    private var readingKey = true
    /// Whether the current line has had anything but blanks outside containers, so `[` opens a value.
    private var lineStarted = false
    /// After a backslash in a basic string.
    private var escaped = false

    /// The last three bytes, for the UTF-8 of U+0085, U+2028 and U+2029.
    private var recentBytes: UInt32 = 0

    mutating func consume(_ byte: UInt8) {
        process(byte)
        recentBytes = (recentBytes << 8 | UInt32(byte)) & 0xFF_FFFF
        if !isInString && (recentBytes & 0xFFFF == 0xC285 || recentBytes == 0xE2_80A8 || recentBytes == 0xE2_80A9) {
            problem = (line, "invalid TOML: a Unicode line or paragraph separator (U+0085, U+2028, U+2029) outside a string")
        }
        if byte == UInt8(ascii: "\n") { line += 1 }
    }

    private var isInString: Bool {
        if case .string = mode { return true }
        return false
    }

    private mutating func process(_ byte: UInt8) {
        switch mode {
        case .normal:
            consumeNormal(byte)
        case .comment:
            if byte == UInt8(ascii: "\n") { mode = .normal; endOfLine() }
        case .header(let awaitingKey, let secondBracket):
            if awaitingKey {
                consumeHeaderStart(byte, secondBracket: secondBracket)
            } else {
                consumeInHeader(byte)
            }
        case .opening(let quote, let count, let inHeader):
            if byte == quote {
                mode = count == 2 && !inHeader
                    ? .string(quote: quote, multiLine: true, inHeader: false, quoteRun: 0)
                    : .opening(quote: quote, count: count + 1, inHeader: inHeader)
            } else if count == 1 {
                mode = .string(quote: quote, multiLine: false, inHeader: inHeader, quoteRun: 0)
                process(byte)
            } else {
                mode = inHeader ? .header(awaitingKey: false, secondBracket: false) : .normal  // "" or '': empty
                process(byte)
            }
        case .string(let quote, let multiLine, let inHeader, let quoteRun):
            consumeInString(byte, quote: quote, multiLine: multiLine, inHeader: inHeader, quoteRun: quoteRun)
        }
    }

    private mutating func consumeInString(_ byte: UInt8, quote: UInt8, multiLine: Bool, inHeader: Bool, quoteRun: Int) {
        let outside: Mode = inHeader ? .header(awaitingKey: false, secondBracket: false) : .normal
        if escaped {
            escaped = false
        } else if multiLine {
            if byte == quote {
                // `"""` ends the string; up to two more quotes before it belong to the text.
                mode = quoteRun == 4 ? outside : .string(quote: quote, multiLine: true, inHeader: inHeader, quoteRun: quoteRun + 1)
                return
            }
            if quoteRun >= 3 {
                mode = outside
                process(byte)
                return
            }
            escaped = byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"")
            mode = .string(quote: quote, multiLine: true, inHeader: inHeader, quoteRun: 0)
        } else if byte == quote {
            mode = outside
        } else if byte == UInt8(ascii: "\n") {
            mode = outside  // an unterminated string: the parser reports it
            process(byte)
        } else {
            escaped = byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"")
        }
    }

    /// The start of a header: blanks, the second `[` of `[[` right after the first, then a key (or
    /// the `]` of an empty header, which the parser reports itself).
    private mutating func consumeHeaderStart(_ byte: UInt8, secondBracket: Bool) {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            mode = .header(awaitingKey: true, secondBracket: false)
        case UInt8(ascii: "[") where secondBracket:
            mode = .header(awaitingKey: true, secondBracket: false)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            mode = .header(awaitingKey: false, secondBracket: false)
            consumeInHeader(byte)
        default:
            problem = (line, "invalid TOML: a [table] header must start with a key name")
        }
    }

    private mutating func consumeInHeader(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "."):
            headerDepth += 1
            depth = headerDepth
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            mode = .opening(quote: byte, count: 1, inHeader: true)
        case UInt8(ascii: "]"):
            mode = .normal
        case UInt8(ascii: "\n"):
            mode = .normal
            endOfLine()
        default:
            break
        }
    }

    private mutating func consumeNormal(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\n"):
            endOfLine()
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            break
        case UInt8(ascii: "#"):
            mode = .comment
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            mode = .opening(quote: byte, count: 1, inHeader: false)
            lineStarted = true
        case UInt8(ascii: "[") where open.isEmpty && !lineStarted:
            mode = .header(awaitingKey: true, secondBracket: true)
            headerDepth = 1
            depth = 1
            lineStarted = true
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            open.append((byte == UInt8(ascii: "[") ? .array : .inlineTable, depth))
            depth += 1
            readingKey = byte == UInt8(ascii: "{")
            lineStarted = true
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            guard let last = open.popLast() else { break }
            if (last.container == .array) != (byte == UInt8(ascii: "]")) {
                let closer = last.container == .array ? "]" : "}"
                problem = (line, "invalid TOML: \(Character(Unicode.Scalar(byte))) where \(closer) was expected")
            }
            depth = last.depthBefore
        case UInt8(ascii: ","):
            if let last = open.last {
                depth = last.depthBefore + 1
                readingKey = last.container == .inlineTable
            }
        case UInt8(ascii: "="):
            readingKey = false
        case UInt8(ascii: "."):
            if readingKey { depth += 1 }
        default:
            lineStarted = true
        }
    }

    /// A newline outside strings: outside any container it ends the statement.
    private mutating func endOfLine() {
        guard open.isEmpty else { return }
        depth = headerDepth
        readingKey = true
        lineStarted = false
    }
}
