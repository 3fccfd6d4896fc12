import Foundation

/// How a `theme` or `keymap` value is read: the name of a shipped preset, else the path of a file.
enum PresetChoice: Equatable {
    case preset(String)
    case file(String)

    /// Reads `value`, given at `origin`; `kind` ("theme", "keymap") names it in messages. A value
    /// that is neither a preset nor an existing file is reported at its origin, listing the presets.
    static func resolve(
        _ value: String, kind: String, presetNames: [String], origin: SettingOrigin
    ) throws(FileDiagnostic) -> PresetChoice {
        if presetNames.contains(value) { return .preset(value) }
        if FileManager.default.fileExists(atPath: value) { return .file(value) }
        if value.contains("/") || value.hasSuffix(".toml") {
            throw origin.diagnostic("no \(kind) file \"\(value)\": no such file")
        }
        let names = presetNames.joined(separator: ", ")
        throw origin.diagnostic("no \(kind) \"\(value)\" (presets: \(names); or give a file path)")
    }
}
