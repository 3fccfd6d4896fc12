import Foundation
import PinterestAPI

/// Writes the finished export from the pages read: each list as one file in the API's order, `pins.csv`,
/// and last the manifest. Reads one page at a time, so memory does not grow with the number of pins.
struct ExportAssembler {
    let layout: ExportLayout
    let state: ExportState
    let scope: ExportScope

    private var pages: ExportPages { ExportPages(layout: layout, state: state) }

    func assemble(
        toolVersion: String, finishedAt: Date, mediaFailures: [ExportManifest.MediaFailure]?, withMedia: Bool
    ) throws -> ExportManifest {
        var counts: [String: Int] = [:]
        var username: String?
        let boards: [ExportedBoard]
        switch scope {
        case .account:
            let account = try Data(contentsOf: layout.object(.account))
            username = (try? JSONDecoder().decode(Username.self, from: account))?.username
            try (account + Data("\n".utf8)).write(to: layout.account, options: .atomic)
            let businesses = try JSONLines.elements(of: Data(contentsOf: layout.object(.businesses)))
            try JSONLines.array(businesses).write(to: layout.businesses, options: .atomic)
            counts["businesses"] = businesses.count
            for list in ExportList.accountLists {
                counts[list.key] = try writeList(list)
            }
            boards = try pages.pages(of: .boards).joined().map(ExportedBoard.decode)
        case .board(let id):
            let board = try Data(contentsOf: layout.object(.board(id: id)))
            try JSONLines.array([board]).write(to: layout.boards, options: .atomic)
            counts["boards"] = 1
            boards = [try ExportedBoard.decode(board)]
        }

        // Boards of an earlier export into the same directory that are gone since must not linger.
        let boardsDirectory = layout.directory.appendingPathComponent("boards", isDirectory: true)
        if FileManager.default.fileExists(atPath: boardsDirectory.path) { try FileManager.default.removeItem(at: boardsDirectory) }
        let csv = try FileOutput(layout.pinsCSV)
        try csv.write(PinCSV.line(PinCSV.header))
        var sectionCount = 0, pinCount = 0
        for board in boards {
            sectionCount += try writeList(.boardSections(boardId: board.id))
            let sectionNames = try Dictionary(
                pages.pages(of: .boardSections(boardId: board.id)).joined().map {
                    let section = try JSONDecoder().decode(ExportedSection.self, from: $0)
                    return (section.id, section.name)
                },
                uniquingKeysWith: { first, _ in first })
            let decoder = PinterestJSON.makeDecoder()
            pinCount += try writeList(.boardPins(boardId: board.id)) { item in
                let pin = try ExportedPin.decode(item, with: decoder)
                let mediaFile = withMedia ? mediaFile(of: pin) : nil
                try csv.write(PinCSV.line(PinCSV.row(
                    pin, boardId: board.id, boardName: board.name,
                    sectionName: pin.boardSectionId.flatMap { sectionNames[$0] }, mediaFile: mediaFile)))
            }
        }
        try csv.commit()
        counts["sections"] = sectionCount
        counts["pins"] = pinCount
        if withMedia {
            counts["media"] = ((try? FileManager.default.contentsOfDirectory(atPath: layout.media.path)) ?? [])
                .filter { !$0.hasPrefix(".") }.count
        }

        let manifest = ExportManifest(
            toolVersion: toolVersion, apiRoot: state.apiRoot, scope: state.scope, account: username,
            startedAt: state.startedAt, finishedAt: finishedAt, counts: counts, mediaFailures: mediaFailures)
        try JSONEncoder.journal.encode(manifest).write(to: layout.manifest, options: .atomic)
        return manifest
    }

    /// Writes every page of `list` to its file; returns how many items it holds.
    @discardableResult
    private func writeList(_ list: ExportList, each: (Data) throws -> Void = { _ in }) throws -> Int {
        let output = try FileOutput(layout.listFile(list))
        let writer = JSONLines.ArrayWriter(output)
        var count = 0
        try pages.forEachPage(of: list) { items in
            for item in items {
                try writer.append(item)
                try each(item)
                count += 1
            }
        }
        try writer.finish()
        try output.commit()
        return count
    }

    /// The pin's image file under `media/`, when it was downloaded.
    private func mediaFile(of pin: ExportedPin) -> String? {
        guard let image = pin.largestImage, let url = URL(string: image.url) else { return nil }
        let name = MediaDownloader.fileName(pinId: pin.id, url: url)
        return FileManager.default.fileExists(atPath: layout.media.appendingPathComponent(name).path) ? "media/\(name)" : nil
    }

    private struct Username: Decodable {
        var username: String?
    }
}
