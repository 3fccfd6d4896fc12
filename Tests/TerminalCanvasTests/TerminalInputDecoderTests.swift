import Testing
import TerminalCanvas

@Suite("Decoding terminal input")
struct TerminalInputDecoderTests {
    func decode(_ text: String, extra: [TerminalInput] = []) -> [TerminalEvent] {
        var decoder = TerminalInputDecoder()
        return decoder.decode(text.unicodeScalars.map { .scalar($0) } + extra)
    }

    func key(_ key: Key, _ modifiers: KeyModifiers = []) -> TerminalEvent {
        .key(KeyPress(key, modifiers))
    }

    @Test("Printable characters are keys without modifiers, uppercase included")
    func printable() {
        #expect(decode("aQ漢") == [key(.character("a")), key(.character("Q")), key(.character("漢"))])
    }

    @Test("Scalars forming one grapheme arrive as one character")
    func graphemes() {
        #expect(decode("👨‍👩‍👧e\u{301}") == [key(.character("👨‍👩‍👧")), key(.character("e\u{301}"))])
    }

    @Test("Control characters become ctrl keys", arguments: [
        ("\u{3}", KeyPress(.character("c"), [.ctrl])), ("\u{1}", KeyPress(.character("a"), [.ctrl])),
        ("\u{0}", KeyPress(.character(" "), [.ctrl])), ("\u{1F}", KeyPress(.character("_"), [.ctrl])),
        ("\r", KeyPress(.enter)), ("\n", KeyPress(.enter)), ("\t", KeyPress(.tab)),
        ("\u{7F}", KeyPress(.backspace)), ("\u{8}", KeyPress(.backspace)),
    ])
    func controls(input: String, expected: KeyPress) {
        #expect(decode(input) == [.key(expected)])
    }

    @Test("A lone ESC at the end of a read is the Escape key; followed by more it is an alt prefix")
    func escape() {
        #expect(decode("\u{1B}") == [key(.escape)])
        #expect(decode("\u{1B}x") == [key(.character("x"), .alt)])
        #expect(decode("\u{1B}\u{3}") == [key(.character("c"), [.ctrl, .alt])])
        #expect(decode("\u{1B}", extra: [.event(.key(KeyPress(.left)))]) == [key(.left, .alt)])
        #expect(decode("\u{1B}\u{1B}") == [key(.escape, .alt)])
    }

    @Test("Events the terminal library decoded pass through in order")
    func passThrough() {
        let resize = TerminalEvent.resize(Size(width: 80, height: 24))
        #expect(decode("a", extra: [.event(resize), .scalar("b")]) == [key(.character("a")), resize, key(.character("b"))])
    }

    @Test("A bracketed paste arrives as one paste event, with CR line breaks as newlines")
    func paste() {
        #expect(decode("x\u{1B}[200~one\r\ntwo\rthree\u{1B}[201~y") == [
            key(.character("x")), .paste("one\ntwo\nthree"), key(.character("y")),
        ])
    }

    @Test("A paste split across reads is collected until its end marker; keys inside it are dropped")
    func splitPaste() {
        var decoder = TerminalInputDecoder()
        let first = decoder.decode("\u{1B}[200~hello ".unicodeScalars.map { .scalar($0) } + [.event(.key(KeyPress(.up)))])
        #expect(first.isEmpty)
        let second = decoder.decode("world\u{1B}[201~q".unicodeScalars.map { .scalar($0) })
        #expect(second == [.paste("hello world"), key(.character("q"))])
    }

    @Test("Unrecognised CSI sequences are dropped instead of typed out; a bare ESC [ is alt-[")
    func unknownSequences() {
        #expect(decode("\u{1B}[Ia\u{1B}[97;5u") == [key(.character("a"))])
        #expect(decode("\u{1B}[") == [key(.character("["), .alt)])
    }
}
