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

    @Test("Home and End arrive as keys in every common encoding, whatever terminfo says", arguments: [
        ("\u{1B}[1~", Key.home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end),
    ])
    func homeAndEnd(sequence: String, expected: Key) {
        #expect(decode(sequence) == [key(expected)])
        #expect(decode("a" + sequence + "b") == [key(.character("a")), key(expected), key(.character("b"))])
    }

    @Test("Editing, paging, cursor and function keys sent as escape sequences", arguments: [
        ("\u{1B}[2~", KeyPress(.insert)), ("\u{1B}[3~", KeyPress(.delete)),
        ("\u{1B}[5~", KeyPress(.pageUp)), ("\u{1B}[6~", KeyPress(.pageDown)),
        ("\u{1B}[A", KeyPress(.up)), ("\u{1B}OB", KeyPress(.down)), ("\u{1B}[C", KeyPress(.right)), ("\u{1B}OD", KeyPress(.left)),
        ("\u{1B}OP", KeyPress(.function(1))), ("\u{1B}[15~", KeyPress(.function(5))), ("\u{1B}[24~", KeyPress(.function(12))),
        ("\u{1B}[Z", KeyPress(.tab, .shift)),
    ])
    func otherKeys(sequence: String, expected: KeyPress) {
        #expect(decode(sequence) == [.key(expected)])
    }

    @Test("Modifiers: xterm's parameter, rxvt's finals and lowercase arrows", arguments: [
        ("\u{1B}[1;5H", KeyPress(.home, .ctrl)), ("\u{1B}[1;2F", KeyPress(.end, .shift)),
        ("\u{1B}[3;5~", KeyPress(.delete, .ctrl)), ("\u{1B}[5;3~", KeyPress(.pageUp, .alt)),
        ("\u{1B}[4;6~", KeyPress(.end, [.ctrl, .shift])), ("\u{1B}[1;9A", KeyPress(.up, .alt)),
        ("\u{1B}[7^", KeyPress(.home, .ctrl)), ("\u{1B}[8$", KeyPress(.end, .shift)), ("\u{1B}[6@", KeyPress(.pageDown, [.ctrl, .shift])),
        ("\u{1B}[a", KeyPress(.up, .shift)), ("\u{1B}Od", KeyPress(.left, .ctrl)), ("\u{1B}O5H", KeyPress(.home, .ctrl)),
    ])
    func modifiers(sequence: String, expected: KeyPress) {
        #expect(decode(sequence) == [.key(expected)])
    }

    @Test("Sequences that are not keys stay what they were: dropped CSI, alt-O")
    func notKeys() {
        #expect(decode("\u{1B}[9~x\u{1B}[1;5;7H\u{1B}[2;5Hy") == [key(.character("x")), key(.character("y"))])
        #expect(decode("\u{1B}O") == [key(.character("O"), .alt)])
        #expect(decode("\u{1B}Oz") == [key(.character("O"), .alt), key(.character("z"))])
    }
}
