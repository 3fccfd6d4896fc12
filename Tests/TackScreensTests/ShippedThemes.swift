import Foundation
import TackCore
import TerminalCanvas

/// The themes that ship in the repository's `themes/`, for snapshots in which the theme matters.
enum ShippedThemes {
    static func theme(_ name: String) throws -> Theme {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        return try ThemeLoader.load(name, givenIn: .option("--theme"), presets: DirectoryPresetSource(root: root))
    }
}
