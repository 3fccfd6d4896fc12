import Foundation

/// Presets read from a directory holding `keymaps/NAME.toml` and `themes/NAME.toml`, such as the
/// repository's top level.
public struct DirectoryPresetSource: PresetSource {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    public func keymapSource(named name: String) -> String? {
        contents(of: "keymaps", name: name)
    }

    public func themeSource(named name: String) -> String? {
        contents(of: "themes", name: name)
    }

    public var keymapNames: [String] { names(in: "keymaps") }

    public var themeNames: [String] { names(in: "themes") }

    private func directory(_ kind: String) -> URL {
        URL(fileURLWithPath: root).appendingPathComponent(kind, isDirectory: true)
    }

    private func contents(of kind: String, name: String) -> String? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        let file = directory(kind).appendingPathComponent(name + ".toml")
        return try? String(contentsOf: file, encoding: .utf8)
    }

    private func names(in kind: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory(kind).path)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }.sorted()
    }
}
