import Foundation
import PinterestAPI

/// Reads a finished export back (for `tack import`).
struct ExportReader {
    let layout: ExportLayout
    let manifest: ExportManifest

    init(directory: URL) throws {
        layout = ExportLayout(directory: directory)
        manifest = try ExportManifest.read(from: layout.manifest)
    }

    /// The boards, in the API's order, each with its raw JSON decoded as far as import needs.
    func boards() throws -> [ExportedBoard] {
        try JSONLines.elements(of: Data(contentsOf: layout.boards)).map(ExportedBoard.decode)
    }

    func sections(ofBoard id: String) throws -> [ExportedSection] {
        try elements(layout.listFile(.boardSections(boardId: id))).map {
            try JSONDecoder().decode(ExportedSection.self, from: $0)
        }
    }

    /// The board's pins as the API listed them: newest first.
    func pins(ofBoard id: String) throws -> [ExportedPin] {
        let decoder = PinterestJSON.makeDecoder()
        return try elements(layout.listFile(.boardPins(boardId: id))).map { try ExportedPin.decode($0, with: decoder) }
    }

    private func elements(_ file: URL) throws -> [Data] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try JSONLines.elements(of: Data(contentsOf: file, options: .alwaysMapped))
    }
}
