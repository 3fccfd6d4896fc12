import Foundation
import TackCore
import TerminalCanvas
import Testing

@Suite("Themes")
struct ThemeLoaderTests {
    static let presetNames = ["default", "light", "high-contrast", "mono"]

    /// A theme file with every role empty except `text`, which gets `textBody`.
    private static func themeText(text textBody: String) -> String {
        ThemeRole.allCases.map { role in
            "[\(role.rawValue)]\n" + (role == .text ? textBody + "\n" : "")
        }.joined(separator: "\n")
    }

    private func loadFile(_ contents: String, named name: String = "mine.toml") throws -> Theme {
        try TestFiles.withFile(contents, named: name) { path in
            try ThemeLoader.load(path, givenIn: .option("--theme"), presets: TestFiles.presets)
        }
    }

    private func textStyle(_ body: String) throws -> Style {
        try loadFile(Self.themeText(text: body)).style(.text)
    }

    /// The error for a theme file, with its path replaced by "FILE".
    private func failure(_ contents: String) throws -> String? {
        try TestFiles.withFile(contents, named: "broken.toml") { (path: String) -> String? in
            do throws(ConfigurationError) {
                _ = try ThemeLoader.load(path, givenIn: .option("--theme"), presets: TestFiles.presets)
                return nil
            } catch {
                return error.description.replacingOccurrences(of: path, with: "FILE")
            }
        }
    }

    @Test func theFourPresetsShip() {
        #expect(TestFiles.presets.themeNames.sorted() == Self.presetNames.sorted())
    }

    @Test("each preset loads with every role", arguments: presetNames)
    func presetLoads(name: String) throws {
        let theme = try ThemeLoader.load(name, givenIn: .option("--theme"), presets: TestFiles.presets)
        #expect(theme.name == name)
        #expect(theme.style(.selection) != theme.style(.text), "the selection must stand out")
        #expect(theme.style(.borderFocused) != theme.style(.border), "the focused pane must stand out")
    }

    @Test("a range being marked stands out by its attributes alone (NO_COLOR keeps only those)", arguments: presetNames)
    func markingShowsWithoutColour(name: String) throws {
        let theme = try ThemeLoader.load(name, givenIn: .option("--theme"), presets: TestFiles.presets)
        let marking = theme.style(.marking).attributes
        #expect(marking != theme.style(.text).attributes)
        #expect(marking != theme.style(.marked).attributes)
    }

    @Test func monoUsesAttributesOnly() throws {
        let theme = try ThemeLoader.load("mono", givenIn: .option("--theme"), presets: TestFiles.presets)
        for role in ThemeRole.allCases {
            #expect(theme.style(role).foreground == .terminalDefault)
            #expect(theme.style(role).background == .terminalDefault)
        }
        #expect(theme.style(.selection).attributes.contains(.reverse))
    }

    @Test func theDefaultThemeUsesEveryColourForm() throws {
        let theme = try ThemeLoader.load("default", givenIn: .option("--theme"), presets: TestFiles.presets)
        #expect(theme.style(.selection) == Style(foreground: .ansi(0), background: .rgb(0x5F, 0xAF, 0xD7)))
        #expect(theme.style(.muted).foreground == .indexed(245))
        #expect(theme.style(.titleFocused).attributes == .bold)
    }

    @Test("colour forms", arguments: [
        ("\"red\"", Color.ansi(1)), ("\"bright-blue\"", .ansi(12)), ("\"bright-white\"", .ansi(15)),
        ("\"default\"", .terminalDefault), ("7", .ansi(7)), ("42", .indexed(42)), ("255", .indexed(255)),
        ("\"#ff8000\"", .rgb(255, 128, 0)), ("\"#0A0b0C\"", .rgb(10, 11, 12)),
    ])
    func colourForms(written: String, color: Color) throws {
        #expect(try textStyle("fg = \(written)\nbg = \(written)") == Style(foreground: color, background: color))
    }

    @Test func attributes() throws {
        let style = try textStyle("attributes = [\"bold\", \"underline\", \"reverse\", \"dim\", \"italic\"]")
        #expect(style.attributes == [.bold, .underline, .reverse, .dim, .italic])
        #expect(try textStyle("").attributes == [])
    }

    @Test func aThemeFileIsNamedAfterItsFile() throws {
        #expect(try loadFile(Self.themeText(text: ""), named: "solarized.toml").name == "solarized")
    }

    @Test("bad colours name the file, line and role", arguments: ["\"purple\"", "256", "-1", "\"#12345\"", "\"#12345g\"", "1.5"])
    func badColour(written: String) throws {
        let message = try failure(Self.themeText(text: "fg = \(written)"))
        #expect(message?.hasPrefix("FILE:2: [text] fg: not a colour") == true, "\(message ?? "no error")")
    }

    @Test func badAttributesUnknownSettingsAndRolesAreErrors() throws {
        #expect(try failure(Self.themeText(text: "attributes = [\"blink\"]"))?.hasPrefix("FILE:2: [text] attributes: expected a list of") == true)
        #expect(try failure(Self.themeText(text: "attributes = \"bold\""))?.hasPrefix("FILE:2: [text] attributes:") == true)
        #expect(try failure(Self.themeText(text: "colour = \"red\""))?.hasPrefix("FILE:2: [text] colour: unknown setting") == true)
        let notATable = try failure("\ntext = \"red\"\n" + Self.themeText(text: "").replacingOccurrences(of: "[text]\n", with: ""))
        #expect(notATable?.hasPrefix("FILE:2: text must be a [text] table") == true, "\(notATable ?? "no error")")
        let unknownRole = try failure("# mine\n[sidebar]\nfg = \"red\"\n\n" + Self.themeText(text: ""))
        #expect(unknownRole?.hasPrefix("FILE:2: unknown role [sidebar]") == true, "\(unknownRole ?? "no error")")
    }

    @Test func everyProblemIsReportedEachAtItsLine() throws {
        let text = Self.themeText(text: "fg = \"purple\"\nattributes = [\"blink\"]")
            .replacingOccurrences(of: "[marked]\n", with: "")
            .replacingOccurrences(of: "[muted]\n", with: "")
            + "\n[sidebar]\n"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = { (prefix: String) in lines.firstIndex { $0.hasPrefix(prefix) }! + 1 }
        let problems = try failure(text)?.split(separator: "\n").map(String.init) ?? []
        #expect(problems.count == 4, "\(problems)")
        #expect(problems.first == "FILE:1: roles [muted], [marked] are missing")
        #expect(problems.contains { $0.hasPrefix("FILE:\(line("fg = ")): [text] fg: not a colour") })
        #expect(problems.contains { $0.hasPrefix("FILE:\(line("attributes")): [text] attributes: expected a list of") })
        #expect(problems.contains { $0.hasPrefix("FILE:\(line("[sidebar]")): unknown role [sidebar]") })
    }

    @Test func aMissingRoleIsNamed() throws {
        let text = Self.themeText(text: "").replacingOccurrences(of: "[marked]\n", with: "")
        #expect(try failure(text) == "FILE:1: role [marked] is missing")
    }

    @Test func aFileWrittenBeforeTheMarkingRoleLendsItTheMarkedStyle() throws {
        let text = Self.themeText(text: "")
            .replacingOccurrences(of: "[marking]\n", with: "")
            .replacingOccurrences(of: "[marked]\n", with: "[marked]\nattributes = [\"bold\"]\n")
        let theme = try loadFile(text)
        #expect(theme.style(.marking) == Style(attributes: .bold))
    }

    @Test func anUnknownPresetListsTheChoices() {
        #expect {
            try ThemeLoader.load("solarized", givenIn: .option("--theme"), presets: TestFiles.presets)
        } throws: { error in
            (error as? ConfigurationError)?.description
                == "--theme: no theme \"solarized\" (presets: default, high-contrast, light, mono; or give a file path)"
        }
    }
}
