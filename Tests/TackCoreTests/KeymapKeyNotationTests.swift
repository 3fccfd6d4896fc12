import TackCore
import TerminalCanvas
import Testing

@Suite("Key names")
struct KeymapKeyNotationTests {
    @Test("canonical names survive a round trip", arguments: [
        "q", "Q", "?", "/", "é", "space", "<", "-", "enter", "esc", "tab", "shift-tab", "backspace", "delete",
        "insert", "up", "down", "left", "right", "home", "end", "pgup", "pgdown", "f1", "f12",
        "ctrl-c", "ctrl-space", "alt-x", "alt-<", "alt-enter", "ctrl-alt-x", "alt--",
    ])
    func roundTrip(name: String) throws {
        #expect(KeyNotation.name(of: try KeyNotation.parse(name)) == name)
    }

    @Test func namesMeanTheTerminalConventions() throws {
        #expect(try KeyNotation.parse("ctrl-c") == KeyPress(.character("c"), [.ctrl]))
        #expect(try KeyNotation.parse("shift-tab") == KeyPress(.tab, [.shift]))
        #expect(try KeyNotation.parse("Q") == KeyPress(.character("Q")))
        #expect(try KeyNotation.parse("alt-x") == KeyPress(.character("x"), [.alt]))
        #expect(try KeyNotation.parse("ctrl-space") == KeyPress(.character(" "), [.ctrl]))
        #expect(try KeyNotation.parse("ctrl-alt-x") == KeyPress(.character("x"), [.ctrl, .alt]))
        #expect(try KeyNotation.parse("pgdown") == KeyPress(.pageDown))
        #expect(try KeyNotation.parse("f7") == KeyPress(.function(7)))
        #expect(try KeyNotation.parse("esc") == KeyPress(.escape))
    }

    @Test("impossible or unknown keys are refused", arguments: [
        ("ctrl-é", "ctrl only combines"), ("shift-a", "shift only combines with tab"), ("f13", "unknown key"),
        ("ctrl-", "a key must follow"), ("ctrl-i", "arrives as tab"), ("ctrl-m", "arrives as enter"),
        ("ctrl-X", "lower-case"), ("Enter", "\"enter\""), ("alt-ctrl-x", "write it \"ctrl-alt-x\""),
        ("ctrl-ctrl-x", "written twice"), ("foo", "unknown key"), ("ctrl-up", "ctrl does not combine"),
        ("\u{7}", "not a printable character"), ("\u{202E}", "not a printable character"), ("", "unknown key"),
    ])
    func refused(name: String, reason: String) {
        #expect {
            try KeyNotation.parse(name)
        } throws: { error in
            (error as? KeyNameError)?.reason.contains(reason) == true
        }
    }

    @Test func sequencesAreSpaceSeparated() throws {
        let sequence = try KeySequence(parsing: "ctrl-x  ctrl-c")
        #expect(sequence.keys == [KeyPress(.character("x"), [.ctrl]), KeyPress(.character("c"), [.ctrl])])
        #expect(sequence.display == "ctrl-x ctrl-c")
        #expect(try KeySequence(parsing: "g g").display == "g g")
        #expect(throws: KeyNameError.self) { try KeySequence(parsing: " ") }
        #expect(throws: KeyNameError.self) { try KeySequence(parsing: "g f13") }
    }

    @Test func keysFromTheTerminalAlwaysHaveADisplayName() {
        #expect(KeyNotation.name(of: KeyPress(.function(20))) == "f20")
        #expect(KeyNotation.name(of: KeyPress(.up, [.shift])) == "shift-up")
    }
}
