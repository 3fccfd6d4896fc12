@testable import TackCore
import Testing

/// `tack keymap check` took 66 s on a file of 20,000 tables: every problem's line was found by
/// searching the file from the top, and every bound sequence was compared with every other. The
/// line locator now indexes the file once, and the conflict finder compares each sequence with at
/// most two others; these tests pin both down by counting, not timing.
@Suite("Keymap check scales linearly")
struct KeymapCheckScalingTests {
    /// The letters a terminal sends with ctrl-alt (ctrl-i arrives as tab, …).
    private static let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        .filter { (try? KeyNotation.parse("ctrl-alt-\($0)")) != nil }

    /// "ctrl-alt-a ctrl-alt-a ctrl-alt-a" … "ctrl-alt-z ctrl-alt-z ctrl-alt-z": over 10,000
    /// sequences no preset binds.
    private static let threeKeyNames = letters.flatMap { first in
        letters.flatMap { second in letters.map { third in "ctrl-alt-\(first) ctrl-alt-\(second) ctrl-alt-\(third)" } }
    }

    @Test func eachSequenceIsComparedWithAtMostTwoOthers() throws {
        let threeKeys = try Self.threeKeyNames.map { try KeySequence(parsing: $0) }
        let singleKeys = try Self.letters.map { try KeySequence(parsing: "ctrl-alt-\($0)") }
        let bindings = [
            KeymapBinding(context: .list, command: .moveDown, sequences: threeKeys, file: "mine.toml", line: 1),
            KeymapBinding(context: .list, command: .moveUp, sequences: threeKeys + singleKeys, file: "mine.toml", line: 2),
        ]
        let groups = KeyContext.activeTogether.filter { $0.contains(.list) }.count
        let bound = threeKeys.count * 2 + singleKeys.count
        #expect(KeymapConflictFinder.comparedPairs(in: bindings).count <= 2 * bound * groups)

        // Every conflict is still found: each three-key sequence is bound to two commands, is
        // shadowed by its first key for move_down, and by its first key for move_up.
        let diagnostics = KeymapConflictFinder.diagnostics(in: bindings)
        #expect(diagnostics.count == 3 * threeKeys.count)
        #expect(diagnostics.contains {
            $0.line == 2 && $0.message == "conflict: \"ctrl-alt-q ctrl-alt-b ctrl-alt-z\" is bound to move_up in [list] and to move_down in [list] (line 1)"
        })
        #expect(diagnostics.contains {
            $0.message == "conflict: \"ctrl-alt-q\" (move_up in [list]) shadows \"ctrl-alt-q ctrl-alt-b ctrl-alt-z\" (move_down in [list], line 1), which can never be typed"
        })
    }

    @Test func aFileOfManyTablesAndKeysGetsEveryProblemAtItsOwnLine() throws {
        var lines = ["[list]", "move_down = ["]
        var expected: [String] = []
        for (index, name) in Self.threeKeyNames.enumerated() {
            lines.append("  \"\(name)\",")
            if index % 10 == 0 {
                lines.append("  \"ctrl-alt-nope\(index)\",")
                expected.append("\(lines.count): key \"ctrl-alt-nope\(index)\": unknown key")
            }
        }
        lines.append("]")
        for table in 0..<10_000 {
            lines.append("[t\(table)]")
            expected.append("\(lines.count): unknown context [t\(table)]")
            lines.append("x = 1")
        }
        let found = try TestFiles.withFile(lines.joined(separator: "\n"), named: "big.toml") { path in
            KeymapChecker.check(fileAt: path, presets: TestFiles.presets).map { "\($0.line ?? 0): \($0.message)" }
        }
        #expect(found.count == expected.count)
        let unexpected = zip(found, expected).filter { !$0.hasPrefix($1) }
        #expect(unexpected.isEmpty, "\(unexpected.prefix(3))")
    }
}
