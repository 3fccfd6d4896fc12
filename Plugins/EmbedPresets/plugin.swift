import Foundation
import PackagePlugin

/// Embeds the shipped keymaps/*.toml and themes/*.toml into the target as Swift string literals,
/// so the binary carries its presets wherever it is copied.
@main
struct EmbedPresets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let presetFiles = try ["keymaps", "themes"].flatMap { folder in
            try FileManager.default
                .contentsOfDirectory(at: root.appending(path: folder), includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "toml" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPresetFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(presetFiles.count) keymap and theme presets",
                executable: try context.tool(named: "PresetEmbedder").url,
                arguments: [output.path] + presetFiles.map(\.path),
                inputFiles: presetFiles,
                outputFiles: [output]
            )
        ]
    }
}
