import TackCore
import Testing

@Suite("Keymap checker diagnostics")
struct KeymapCheckerTests {
    /// The diagnostics for `text` as "line: message".
    private func check(_ text: String) throws -> [String] {
        try TestFiles.withFile(text, named: "mine.toml") { path in
            let diagnostics = KeymapChecker.check(fileAt: path, presets: TestFiles.presets)
            for diagnostic in diagnostics {
                #expect(diagnostic.file == path)
                #expect(diagnostic.description == "\(path):\(diagnostic.line ?? 0): \(diagnostic.message)")
            }
            return diagnostics.map { "\($0.line ?? 0): \($0.message)" }
        }
    }

    /// Asserts exactly one diagnostic, on `line`, whose message contains `fragment`.
    private func expectOne(_ text: String, line: Int, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try check(text)
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.hasPrefix("\(line): ") == true, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.contains(fragment) == true, "\(found)", sourceLocation: sourceLocation)
    }

    @Test func aCleanFileHasNoDiagnostics() throws {
        #expect(try check("preset = \"vim\"\n[list]\nmove_down = [\"z\"]\n") == [])
    }

    @Test func unknownAction() throws {
        try expectOne("# mine\n[list]\nmove_dwon = [\"x\"]\n", line: 3, "unknown action \"move_dwon\" in [list]")
    }

    @Test func unknownContext() throws {
        try expectOne("[global]\nquit = [\"q\"]\n\n[board]\nopen = [\"o\"]\n", line: 4, "unknown context [board]")
    }

    @Test func unknownKeyOnItsOwnLineOfAMultiLineList() throws {
        try expectOne("[list]\nopen = [\n  \"o\",\n  \"f13\",\n]\n", line: 4, "key \"f13\": unknown key")
    }

    @Test func impossibleKey() throws {
        try expectOne("[list]\nopen = [\"ctrl-é\"]\n", line: 2, "key \"ctrl-é\"")
    }

    @Test func actionInAContextWhereItDoesNotApply() throws {
        try expectOne("[list]\nquit = [\"x\"]\n", line: 2, "quit cannot be bound in [list]; it belongs in [global]")
    }

    @Test func valuesOfTheWrongShape() throws {
        try expectOne("[list]\nopen = \"o\"\n", line: 2, "open takes a list of keys")
        try expectOne("[list]\nopen = true\n", line: 2, "open takes a list of keys")
        try expectOne("[list]\nopen = [\"o\", 3]\n", line: 2, "open takes a list of keys")
        try expectOne("moves = 3\n", line: 1, "unknown setting \"moves\"")
    }

    @Test func unknownPresetIsReportedAtItsLine() throws {
        try expectOne("# mine\npreset = \"nano\"\n", line: 2, "unknown keymap preset \"nano\" (presets: \"default\", \"emacs\", \"vim\")")
    }

    @Test func twoActionsOnOneSequenceInOneContext() throws {
        try expectOne("[list]\nmove_down = [\"z\"]\nmove_up = [\"z\"]\n", line: 3,
                      "\"z\" is bound to move_up in [list] and to move_down in [list] (line 2)")
        #expect(try check("[list]\nmove_down = [\"z\"]\nmove_up = [\"z\"]\n").first?.hasSuffix("(line 2)") == true)
    }

    @Test func aPaneBindingMayNotShadowAGlobalOneOfThePreset() throws {
        try expectOne("\n[boards]\nopen = [\"q\"]\n", line: 3, "\"q\" is bound to open in [boards] and to quit in [global] (keymaps/default.toml:")
        #expect(try check("[boards]\nopen = [\"q\"]\n").first?.hasSuffix("), which are active together") == true)
    }

    @Test func theSameCommandMayShareASequenceAcrossContexts() throws {
        #expect(try check("[boards]\nopen = [\"enter\"]\n") == [])
    }

    @Test func aShorterSequenceShadowsALongerOne() throws {
        try expectOne("[list]\ngo_top = [\"g g\"]\ngo_bottom = [\"g\"]\n", line: 3,
                      "\"g\" (go_bottom in [list]) shadows \"g g\" (go_top in [list], line 2), which can never be typed")
    }

    @Test func aLongerSequenceUnderAPresetKeyCanNeverBeTyped() throws {
        try expectOne("[list]\ngo_top = [\"b b\"]\n", line: 2,
                      "\"b b\" (go_top in [list]) can never be typed: \"b\" (show_boards in [global], keymaps/default.toml:")
    }

    @Test func contextsNeverActiveTogetherDoNotConflict() throws {
        #expect(try check("[pins]\nopen = [\"o\"]\n[help]\nclose_help = [\"o\"]\n[filter]\naccept_filter = [\"o\"]\n") == [])
    }

    @Test func modalActionsBelongInTheirOwnContext() throws {
        try expectOne("[boards]\nsubmit = [\"ctrl-s\"]\n", line: 2, "submit cannot be bound in [boards]; it belongs in [form]")
        try expectOne("[form]\nchoose = [\"enter\"]\n", line: 2, "choose cannot be bound in [form]; it belongs in [picker]")
        try expectOne("[confirm]\ndelete_backward = [\"backspace\"]\n", line: 2,
                      "delete_backward cannot be bound in [confirm]; it belongs in [filter] or [form] or [picker]")
        try expectOne("[list]\ncreate_pin = [\"n\"]\n", line: 2, "create_pin cannot be bound in [list]; it belongs in [pins]")
        try expectOne("[form]\nmove_down = [\"down\"]\n", line: 2, "move_down cannot be bound in [form]")
    }

    @Test func unknownContextMessageListsTheModalContexts() throws {
        try expectOne("[dialog]\nconfirm = [\"y\"]\n", line: 1, "[filter], [form], [picker], [confirm])")
    }

    @Test func twoActionsOnOneKeyInAFormConflict() throws {
        try expectOne("\n[form]\nsubmit = [\"ctrl-k\"]\n", line: 3,
                      "\"ctrl-k\" is bound to submit in [form] and to delete_to_line_end in [form] (keymaps/default.toml:")
        #expect(try check("[form]\nsubmit = [\"ctrl-k\"]\n").first?.hasSuffix("active together") == false)
    }

    @Test func aSequenceUnderAFormKeyCanNeverBeTyped() throws {
        try expectOne("[form]\nsubmit = [\"ctrl-a ctrl-s\"]\n", line: 2,
                      "\"ctrl-a ctrl-s\" (submit in [form]) can never be typed: \"ctrl-a\" (line_start in [form], keymaps/default.toml:")
    }

    @Test func aPickerConflictIsFoundAmongTheListCommandsItAllows() throws {
        try expectOne("[picker]\nchoose = [\"down\"]\n", line: 2,
                      "\"down\" is bound to choose in [picker] and to move_down in [picker]")
    }

    @Test func modalContextsDoNotConflictWithPanesOrEachOther() throws {
        #expect(try check("""
            [confirm]
            confirm = ["q", "y"]
            [picker]
            choose = ["ctrl-s", "enter"]
            [form]
            submit = ["ctrl-r"]
            [pins]
            toggle_mark = ["ctrl-k"]
            """) == [])
    }

    @Test func invalidTOMLIsReportedAtItsLine() throws {
        let found = try check("[list]\nopen = [\"o\"\n\nmove_up = [\"u\"]\n")
        #expect(found.count == 1)
        #expect(found.first?.contains("invalid TOML") == true)
        #expect(found.first?.hasPrefix("1: ") == false)
    }

    @Test func aMissingFileIsReported() {
        let diagnostics = KeymapChecker.check(fileAt: "/nonexistent/tack/keymap.toml", presets: TestFiles.presets)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("cannot read the file") == true)
    }
}
