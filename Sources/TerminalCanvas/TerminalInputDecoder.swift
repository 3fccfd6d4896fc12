/// Turns raw terminal input into events: control characters into ctrl keys, key sequences the terminal
/// library left undecoded into keys (`EscapeSequenceKeys`), other ESC-prefixed input into alt keys, bracketed pastes (`ESC [200~ … ESC [201~`) into one `.paste`, and characters into whole graphemes.
///
/// Feed it everything that was available in one read: an ESC that ends a batch is the Escape key, an ESC
/// followed by more input in the same batch is an alt prefix. A paste may span batches.
public struct TerminalInputDecoder: Sendable {
    /// Pasted text collected so far, or nil outside a paste.
    private var paste: String.UnicodeScalarView?

    public init() {}

    public mutating func decode(_ batch: [TerminalInput]) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var input = batch[...]
        var text = String.UnicodeScalarView()
        func flushText() {
            events += String(text).map { .key(KeyPress(.character($0))) }
            text = String.UnicodeScalarView()
        }
        while !input.isEmpty {
            if paste != nil {
                if let finished = collectPaste(from: &input) {
                    events.append(.paste(finished))
                }
                continue
            }
            switch input.removeFirst() {
            case .event(let event):
                flushText()
                events.append(event)
            case .scalar(let scalar) where scalar.value == 0x1B:
                flushText()
                if input.starts(with: Self.pasteStart) {
                    input.removeFirst(Self.pasteStart.count)
                    paste = String.UnicodeScalarView()
                } else if let key = EscapeSequenceKeys.key(from: &input) {
                    events.append(.key(key))
                } else if Self.skipUnknownControlSequence(in: &input) {
                    continue
                } else if let next = input.popFirst() {
                    events.append(Self.withAlt(next))
                } else {
                    events.append(.key(KeyPress(.escape)))
                }
            case .scalar(let scalar):
                if let key = Self.controlKey(for: scalar) {
                    flushText()
                    events.append(.key(key))
                } else {
                    text.append(scalar)
                }
            }
        }
        flushText()
        return events
    }

    /// Appends pasted characters until the end marker; returns the paste once it is complete.
    /// Keys the terminal library decoded out of the pasted bytes are dropped: a paste is only text.
    private mutating func collectPaste(from input: inout ArraySlice<TerminalInput>) -> String? {
        while let item = input.popFirst() {
            guard case .scalar(let scalar) = item else { continue }
            paste?.append(scalar)
            if let collected = paste, collected.reversed().starts(with: Self.pasteEndScalars.reversed()) {
                paste = nil
                let text = String(collected.dropLast(Self.pasteEndScalars.count))
                return text.normalizingLineBreaks()
            }
        }
        return nil
    }

    /// After an ESC: a whole CSI sequence the terminal library did not recognise (focus reports, keys of
    /// keyboard protocols it does not know) is dropped rather than typed out as alt-[ and characters.
    /// Returns whether one was skipped.
    private static func skipUnknownControlSequence(in input: inout ArraySlice<TerminalInput>) -> Bool {
        guard input.first == .scalar("[") else { return false }
        var index = input.index(after: input.startIndex)
        while index < input.endIndex, case .scalar(let scalar) = input[index] {
            switch scalar.value {
            case 0x20...0x3F:
                index = input.index(after: index)
            case 0x40...0x7E:
                input = input[input.index(after: index)...]
                return true
            default:
                return false
            }
        }
        return false
    }

    /// The key for a C0 control character or DEL; nil for printable characters.
    private static func controlKey(for scalar: Unicode.Scalar) -> KeyPress? {
        switch scalar.value {
        case 0x0D, 0x0A:
            return KeyPress(.enter)
        case 0x09:
            return KeyPress(.tab)
        case 0x08, 0x7F:
            return KeyPress(.backspace)
        case 0x00:
            return KeyPress(.character(" "), [.ctrl])
        case 0x01...0x1A:
            return KeyPress(.character(Character(Unicode.Scalar(scalar.value + 0x60)!)), [.ctrl])
        case 0x1B...0x1F:
            // ctrl-[ is ESC itself (handled by the caller); ctrl-\ ] ^ _ map back to their characters.
            return KeyPress(.character(Character(Unicode.Scalar(scalar.value + 0x40)!)), [.ctrl])
        default:
            return nil
        }
    }

    /// The input after an ESC prefix, with alt added.
    private static func withAlt(_ item: TerminalInput) -> TerminalEvent {
        switch item {
        case .scalar(let scalar):
            var key = controlKey(for: scalar) ?? KeyPress(.character(Character(scalar)))
            if scalar.value == 0x1B {
                key = KeyPress(.escape)
            }
            key.modifiers.insert(.alt)
            return .key(key)
        case .event(.key(var key)):
            key.modifiers.insert(.alt)
            return .key(key)
        case .event(let event):
            return event
        }
    }

    private static let pasteStart: [TerminalInput] = "[200~".unicodeScalars.map { .scalar($0) }
    private static let pasteEndScalars: [Unicode.Scalar] = Array("\u{1B}[201~".unicodeScalars)
}

private extension String {
    /// Terminals send line breaks in pastes as CR; the app sees them as "\n".
    func normalizingLineBreaks() -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            result.append(previousWasCR ? "\n" : scalar)
        }
        return String(result)
    }
}
