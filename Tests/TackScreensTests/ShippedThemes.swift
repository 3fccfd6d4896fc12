import Foundation
import TackCore
import TackScreens
import TerminalCanvas
import Testing

/// The themes that ship in the repository's `themes/`, for snapshots in which the theme matters.
enum ShippedThemes {
    static func theme(_ name: String) throws -> Theme {
        try ThemeLoader.load(name, givenIn: .option("--theme"), presets: presets)
    }

    /// The repository's `themes/` and `keymaps/`.
    static let presets = DirectoryPresetSource(
        root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path)
}

/// Expects `state` drawn in the shipped theme `themeName` to match the snapshot
/// "<name>-<theme>-<width>x<height>": the screen's text, then the styles of its cells.
func expectThemedSnapshot(
    _ state: AppState, named name: String, theme themeName: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let theme = try ShippedThemes.theme(themeName)
    let screen = AppView.render(state, theme: theme)
    let size = state.terminalSize
    expectSnapshot(
        screen.text() + "\n\n--- styles ---\n" + StyleMap.text(of: screen, base: theme.style(.text)),
        named: "\(name)-\(themeName)-\(size.width)x\(size.height)", sourceLocation: sourceLocation)
}
