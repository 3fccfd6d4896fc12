import Foundation
@testable import TackCore
import Testing

/// Throws everything at the config, keymap and theme loaders: every truncation of the shipped
/// files, random bytes, random edits of valid files, values of every wrong type, deep nesting, NUL
/// bytes. No input may crash or hang a loader (the suite has a time limit), and every problem
/// reported must name the file it was given and, when it has a line, a line of that file.
/// Inputs are drawn from fixed seeds, so a failure names an input that fails on every run.
@Suite("Loader fuzzing", .timeLimit(.minutes(5)))
struct ConfigFuzzTests {
    typealias Loader = TOMLInputCheckTests.Loader

    /// Loads `bytes` with `loader` from a file in `directory`; records an issue for any problem
    /// that does not start with the file's path (and a line inside the file, when it has one).
    private func expectWellFormedProblems(
        _ bytes: [UInt8], _ loader: Loader, in directory: String, case name: @autoclosure () -> String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await expectWellFormedProblems(bytes, loader.problems(loading:), in: directory, case: "\(loader) on \(name())",
                                     sourceLocation: sourceLocation)
    }

    private func expectWellFormedProblems(
        _ bytes: [UInt8], _ problems: (String) -> [FileDiagnostic], in directory: String,
        case name: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        await Task.yield()
        let path = directory + "/fuzz.toml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let lineCount = bytes.count { $0 == UInt8(ascii: "\n") } + 1
        for problem in problems(path) {
            let lineInside = problem.line.map { (1...lineCount).contains($0) } ?? true
            let named = problem.file == path && problem.description.hasPrefix(path + (problem.line.map { ":\($0): " } ?? ": "))
            if !(lineInside && named && !problem.message.isEmpty) {
                Issue.record("\(name()): \(problem)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The shipped files, with the loader for each, and a config file using every setting.
    private static let validFiles: [(name: String, text: String, loader: Loader)] = {
        let keymaps = TestFiles.presets.keymapNames.map { ("keymaps/\($0).toml", TestFiles.presets.keymapSource(named: $0)!, Loader.keymap) }
        let themes = TestFiles.presets.themeNames.map { ("themes/\($0).toml", TestFiles.presets.themeSource(named: $0)!, Loader.theme) }
        let config = """
            # settings
            theme = "light"
            keymap = "vim"
            api_base_url = "https://api-sandbox.pinterest.com/v5"
            access_token = "pina_é_secret"
            ad_account_id = "549755885175"
            """
        return keymaps + themes + [("config.toml", config, .config)]
    }()

    /// A keymap file read as a user file, without the preset and conflict check the full loader adds:
    /// the same for every truncation, and most of the time of a full check.
    private static func keymapFileProblems(loading path: String) -> [FileDiagnostic] {
        do throws(FileDiagnostic) {
            return KeymapFile(source: try TOMLSource(path: path)).diagnostics
        } catch {
            return [error]
        }
    }

    @Test func everyTruncationOfAValidFile() async throws {
        try await TestFiles.withDirectory { directory in
            for file in Self.validFiles {
                let bytes = Array(file.text.utf8)
                let problems = file.loader == .keymap ? Self.keymapFileProblems(loading:) : file.loader.problems(loading:)
                for end in 0...bytes.count {
                    try await expectWellFormedProblems(Array(bytes[..<end]), problems, in: directory, case: "\(file.name) cut at \(end)")
                }
            }
        }
    }

    @Test(arguments: Loader.allCases)
    func randomBytes(loader: Loader) async throws {
        var random = FuzzGenerator(seed: 7)
        // Mostly TOML's own punctuation, so the parser gets past the first byte.
        let alphabet = Array("[]{}=.,\"'#\n\\ -_:azAZ09+".utf8) + [0, 0x09, 0x0D, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        try await TestFiles.withDirectory { directory in
            for round in 0..<300 {
                let bytes = (0..<Int.random(in: 0...400, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
                try await expectWellFormedProblems(bytes, loader, in: directory, case: "random bytes \(round): \(bytes)")
            }
        }
    }

    @Test func randomEditsOfValidFiles() async throws {
        var random = FuzzGenerator(seed: 11)
        let fragments = ["[", "]", "[[", "{", "}", "=", ".", ",", "\"", "'", "\"\"\"", "#", "\n", "\0", "\u{FEFF}",
                         "[list]", "[global]\nquit = [\"q\"]", "a.b.c = 1", "x = [[1], [\"a\"]]", "é", "\r\n"]
        try await TestFiles.withDirectory { directory in
            for round in 0..<600 {
                let file = Self.validFiles.randomElement(using: &random)!
                var bytes = Array(file.text.utf8)
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let at = Int.random(in: 0...bytes.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: bytes.insert(contentsOf: fragments.randomElement(using: &random)!.utf8, at: at)
                    case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
                    default: bytes.insert(contentsOf: bytes[at...].prefix(Int.random(in: 1...200, using: &random)), at: at)
                    }
                }
                try await expectWellFormedProblems(bytes, file.loader, in: directory, case: "edit \(round) of \(file.name)")
            }
        }
    }

    /// Values of every TOML type, for settings that expect one of them.
    private static let values = [
        "1", "-1", "1.5", "inf", "nan", "true", "false", "\"\"", "\"x\"", "'#zzzzzz'", "\"#12345\"", "256",
        "9223372036854775807", "1979-05-27T07:32:00Z", "1979-05-27", "07:32:00", "[]", "[1, \"a\"]", "[[1]]",
        "[\"bold\", 3]", "{}", "{ fg = \"red\" }", "[\"q\", [\"w\"]]", "[\"g g\", \"g\"]",
    ]

    @Test func everySettingWithValuesOfEveryType() async throws {
        let roles = ThemeRole.allCases.map(\.rawValue)
        var inputs: [(String, Loader)] = []
        for value in Self.values {
            for key in ["theme", "keymap", "api_base_url", "access_token", "ad_account_id", "colour"] {
                inputs.append(("\(key) = \(value)\n", .config))
                inputs.append(("[\(key)]\nx = \(value)\n", .config))
            }
            for key in ["fg", "bg", "attributes", "colour"] {
                inputs.append((roles.map { "[\($0)]\n" + ($0 == "text" ? "\(key) = \(value)\n" : "") }.joined(), .theme))
            }
            inputs.append(("text = \(value)\n", .theme))
            for line in ["preset = \(value)", "global = \(value)", "[list]\nmove_down = \(value)", "[list]\nquit = \(value)",
                         "[form]\nsubmit = \(value)", "[nowhere]\nopen = \(value)"] {
                inputs.append(("# mine\n\(line)\n", .keymap))
            }
        }
        try await TestFiles.withDirectory { directory in
            for (text, loader) in inputs {
                try await expectWellFormedProblems(Array(text.utf8), loader, in: directory, case: text)
            }
        }
    }

    @Test(arguments: Loader.allCases)
    func deepNestingOfEveryKindAnywhere(loader: Loader) async throws {
        var random = FuzzGenerator(seed: 13)
        let openers = ["[", "{a = ", "{a.b = [", "a.", "[{x = 1, y = "]
        try await TestFiles.withDirectory { directory in
            for round in 0..<40 {
                let depth = Int.random(in: 30...20_000, using: &random)
                let nested = (0..<depth).map { _ in openers.randomElement(using: &random)! }.joined()
                let deepLine = ["x = \(nested)", "[\(nested)]", "\(nested) = 1"].randomElement(using: &random)!
                let text = "# mine\n[global]\n\(deepLine)\n"
                try await expectWellFormedProblems(Array(text.utf8), loader, in: directory, case: "nesting \(round)")
            }
        }
    }

    @Test func aNULAnywhereInAValidFileIsReportedAtItsLine() async throws {
        var random = FuzzGenerator(seed: 17)
        try await TestFiles.withDirectory { directory in
            for round in 0..<200 {
                await Task.yield()
                let file = Self.validFiles.randomElement(using: &random)!
                var bytes = Array(file.text.utf8)
                let at = Int.random(in: 0...bytes.count, using: &random)
                bytes.insert(0, at: at)
                let line = bytes[..<at].count { $0 == UInt8(ascii: "\n") } + 1
                let path = directory + "/fuzz.toml"
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                #expect(file.loader.problems(loading: path).map(\.description) == ["\(path):\(line): the file contains a NUL byte"],
                        "NUL \(round) at byte \(at) of \(file.name)")
            }
        }
    }
}

/// SplitMix64, seeded: the same inputs on every run.
private struct FuzzGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
