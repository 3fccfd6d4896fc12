import Foundation
import TackCore
import Testing

/// What every loader does with input TOMLKit's parser does not survive or does not see: deep
/// nesting (a stack overflow in toml++), a NUL byte (the end of its C string), a huge file,
/// invalid UTF-8. Each is refused with the file and, where one applies, the line.
@Suite("TOML input checks")
struct TOMLInputCheckTests {
    /// The three ways a TOML file is loaded, each giving the problems it reports.
    enum Loader: CaseIterable {
        case config, keymap, theme

        func problems(loading path: String) -> [FileDiagnostic] {
            switch self {
            case .config:
                do throws(ConfigurationError) {
                    _ = try TackConfig.load(from: path, environment: [:])
                    return []
                } catch {
                    return error.diagnostics
                }
            case .keymap:
                return KeymapChecker.check(fileAt: path, presets: TestFiles.presets)
            case .theme:
                do throws(ConfigurationError) {
                    _ = try ThemeLoader.load(path, givenIn: .option("--theme"), presets: TestFiles.presets)
                    return []
                } catch {
                    return error.diagnostics
                }
            }
        }

        /// The problems loading `bytes` from a file, as `FILE:line: message` lines.
        func problems(loading bytes: [UInt8]) throws -> [String] {
            try TestFiles.withDirectory { directory in
                let path = directory + "/input.toml"
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                return problems(loading: path).map { $0.description.replacingOccurrences(of: path, with: "FILE") }
            }
        }
    }

    private static let depth = 30_000

    @Test("a header of 30,000 dotted parts is refused at its line", arguments: Loader.allCases)
    func deepHeader(loader: Loader) throws {
        let text = "# deep\n\n[" + Array(repeating: "a", count: Self.depth).joined(separator: ".") + "]\nx = 1\n"
        #expect(try loader.problems(loading: Array(text.utf8))
            == ["FILE:3: nested too deeply: more than 32 levels of tables, arrays or dotted keys"])
    }

    @Test("deep dotted keys, inline tables and arrays are refused at their line", arguments: Loader.allCases)
    func deepValues(loader: Loader) throws {
        let n = Self.depth
        let deep = [
            Array(repeating: "a", count: n).joined(separator: ".") + " = 1",
            "x = " + String(repeating: "{a = ", count: n) + "1" + String(repeating: "}", count: n),
            "x = " + String(repeating: "[", count: n) + String(repeating: "]", count: n),
            "x = [" + String(repeating: "{a.b.c.d.e.f.g.h = [", count: n / 10),
            "[[" + Array(repeating: "'a'", count: n).joined(separator: ".") + "]]",
        ]
        for line in deep {
            let problems = try loader.problems(loading: Array("[list]\n\n\(line)\n".utf8))
            #expect(problems.count == 1 && problems.first?.hasPrefix("FILE:3: nested too deeply") == true, "\(problems)")
        }
    }

    @Test func thirtyTwoLevelsAreAllowedAndThirtyThreeAreNot() throws {
        func header(_ parts: Int) -> [UInt8] {
            Array(("[" + Array(repeating: "a", count: parts).joined(separator: ".") + "]\n").utf8)
        }
        #expect(try Loader.config.problems(loading: header(32)).first?.contains("nested too deeply") == false)
        #expect(try Loader.config.problems(loading: header(33)).first?.contains("nested too deeply") == true)
    }

    @Test func bracketsAndDotsInStringsAndCommentsDoNotCount() throws {
        let many = String(repeating: "[{.", count: 100)
        let text = """
            # \(many)
            [global]
            quit = ["q"] # \(many)
            help = [
              "?", # \(many)
            ]
            ["x.\(many)"]
            a = "\(many)\\"\(many)"
            b = '\(many)'
            c = \"""
            \(many)""
            \(many)\"""
            d = '''\(many)
            '''
            e = ""
            f = ''
            """
        let problems = try Loader.keymap.problems(loading: Array(text.utf8))
        #expect(!problems.contains { $0.contains("nested too deeply") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("FILE:7: unknown context [x.") }, "\(problems)")
    }

    /// toml++ asserts (in release builds, assumes) that a header starts with a key; found by fuzzing.
    @Test("a header that does not start with a key is refused", arguments: Loader.allCases)
    func headerWithoutAKey(loader: Loader) throws {
        for header in ["[ = [\"o\"]", "[[ [a]]", "[", "[é]", "[ #]", "[\t{a}]"] {
            #expect(try loader.problems(loading: Array("# mine\n\(header)\n".utf8))
                == ["FILE:2: invalid TOML: a [table] header must start with a key name"], "\(header)")
        }
        #expect(try Loader.config.problems(loading: Array("[ a ]\n[[ 'b' ]]\n[\"c\"]\n[]\n".utf8)).first?.hasPrefix("FILE:4: invalid TOML") == true)
    }

    /// toml++ asserts (in release builds, assumes) that an array's next value does not start with a
    /// value terminator; `}` and the Unicode line separators reach that assertion. Found by fuzzing.
    @Test("an array value starting with } or a Unicode line separator is refused", arguments: Loader.allCases)
    func arrayValueAtATerminator(loader: Loader) throws {
        for (value, line) in [("[}]", 2), ("[1, }]", 2), ("[ # c\n }]", 3), ("{ a = [} }", 2)] {
            #expect(try loader.problems(loading: Array("# mine\na = \(value)\n".utf8)).first?
                .hasPrefix("FILE:\(line): invalid TOML: } where ] was expected") == true, "\(value)")
        }
        for separator in ["\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(try loader.problems(loading: Array("# mine\na = [\(separator)1]\n".utf8)).first?
                .hasPrefix("FILE:2: invalid TOML: a Unicode line or paragraph separator") == true)
        }
        #expect(try Loader.config.problems(loading: Array("theme = \"a\u{2028}b [}\"\n".utf8)).first?.hasPrefix("FILE:1: invalid TOML") != true)
    }

    @Test("a NUL byte is reported at its line", arguments: Loader.allCases)
    func nulByte(loader: Loader) throws {
        #expect(try loader.problems(loading: Array("# one\n\n\"x\0y\" = 1\n[global]\n".utf8)) == ["FILE:3: the file contains a NUL byte"])
        #expect(try loader.problems(loading: [0]) == ["FILE:1: the file contains a NUL byte"])
    }

    @Test("a file over 1 MiB is refused without reading it whole", arguments: Loader.allCases)
    func hugeFile(loader: Loader) throws {
        let huge = [UInt8](repeating: UInt8(ascii: "#"), count: 2 << 20)
        #expect(try loader.problems(loading: huge)
            == ["FILE: the file is larger than 1 MiB (1048576 bytes); Tack's TOML files are far smaller"])
        let justUnder = Array("#".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: (1 << 20) - 2) + Array("\n".utf8)
        #expect(try loader.problems(loading: justUnder).allSatisfy { !$0.contains("larger than") })
    }

    @Test func anEndlessDeviceIsRefusedBySize() {
        #expect(Loader.config.problems(loading: "/dev/zero").map(\.description)
            == ["/dev/zero: the file is larger than 1 MiB (1048576 bytes); Tack's TOML files are far smaller"])
    }

    @Test func invalidUTF8IsReportedAtItsLine() throws {
        #expect(try Loader.config.problems(loading: Array("theme = \"light\"\n\n# caf".utf8) + [0xE9, 0x0A])
            == ["FILE:3: the file is not valid UTF-8 text"])
    }

    @Test func aDirectoryOrAMissingFileGivesTheSystemsReason() throws {
        try TestFiles.withDirectory { directory in
            #expect(Loader.theme.problems(loading: directory).map(\.description) == ["\(directory): cannot read the file: Is a directory"])
            #expect(Loader.keymap.problems(loading: directory + "/none.toml").map(\.description)
                == ["\(directory)/none.toml: cannot read the file: No such file or directory"])
        }
    }

    @Test("CRLF line endings keep the line numbers right", arguments: Loader.allCases)
    func crlfLines(loader: Loader) throws {
        let problems = try loader.problems(loading: Array("# mine\r\n\r\ncolour = \"x\"\r\n".utf8))
        #expect(problems.contains { $0.hasPrefix("FILE:3: ") && $0.contains("colour") }, "\(problems)")
    }
}
