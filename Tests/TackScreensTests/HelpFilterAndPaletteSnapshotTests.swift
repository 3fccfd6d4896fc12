import Foundation
import TackCore
import TackScreens
import TerminalCanvas
import Testing

/// The help being filtered, its legend of the row markers, and the command palette, drawn with the
/// shipped default keymap in the shipped default and mono themes (the styles show the matched letters).
@Suite struct HelpFilterAndPaletteSnapshotTests {
    static let small = Size(width: 80, height: 24)

    static func browsing(preset: String = "default") throws -> AppState {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        var state = Fixtures.browsing(Self.small)
        state.keymap = try KeymapLoader.load(preset: preset, userFile: nil, presets: DirectoryPresetSource(root: root))
        return state
    }

    @Test(arguments: ["default", "mono"])
    func helpBeingFiltered(themeName: String) throws {
        var state = try Self.browsing()
        state.help = HelpOverlay(isOpen: true, query: "pin", isEditingFilter: true)
        try expectThemedSnapshot(state, named: "help-filter-typing", theme: themeName)
    }

    @Test func helpWithAKeptFilterThatMatchesNothing() throws {
        var state = try Self.browsing(preset: "vim")
        state.help = HelpOverlay(isOpen: true, query: "zebra")
        try expectThemedSnapshot(state, named: "help-filter-no-match", theme: "default")
    }

    /// The legend closes the help: every marker the rows draw, with what it means.
    @Test func helpEndsWithTheLegendOfTheRowMarkers() throws {
        var state = try Self.browsing()
        state.help = HelpOverlay(isOpen: true, scroll: state.helpLineCount)
        try expectThemedSnapshot(state, named: "help-legend", theme: "default")
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        for marker in RowMarker.allCases {
            #expect(screen.contains(marker.glyph) && screen.contains(marker.meaning), "\(marker)")
        }
    }

    @Test(arguments: ["default", "mono"])
    func paletteNarrowedByTwoLetters(themeName: String) throws {
        var state = try Self.browsing()
        state.boardsScreen.focus = .pins
        _ = reduce(&state, .command(.commandPalette))
        _ = reduce(&state, .terminal(.paste("mo")))
        try expectThemedSnapshot(state, named: "palette-mo", theme: themeName)
    }

    @Test func paletteAsOpenedOverTheBoards() throws {
        var state = try Self.browsing(preset: "vim")
        state.boardsScreen.focus = .boards
        _ = reduce(&state, .command(.commandPalette))
        _ = reduce(&state, .command(.moveDown))
        try expectThemedSnapshot(state, named: "palette-opened-vim", theme: "default")
        #expect(AppView.cursor(for: state) != nil, "the cursor sits in the query")
    }
}
