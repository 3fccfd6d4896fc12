import Foundation

/// Where each part of an export lives in its directory.
///
/// ```
/// manifest.json            counts, times, API root, tool version
/// account.json             the account as the API sent it
/// businesses.json          linked business accounts
/// boards.json              the boards, one object a line
/// boards/<id>/sections.json, boards/<id>/pins.json
/// pins.csv                 every pin, one row each, with its largest image's URL
/// followers.json, following.json, following_boards.json, websites.json
/// media/<pin id>.<ext>     with --media: each pin's largest image
/// .tack-export/            while running: state.json and the pages read so far (removed when done)
/// ```
public struct ExportLayout: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    public var manifest: URL { file("manifest.json") }
    var account: URL { file("account.json") }
    var businesses: URL { file("businesses.json") }
    var boards: URL { file("boards.json") }
    var pinsCSV: URL { file("pins.csv") }
    var media: URL { file("media", directory: true) }

    func listFile(_ list: ExportList) -> URL {
        switch list {
        case .boards: boards
        case .followers: file("followers.json")
        case .following: file("following.json")
        case .followingBoards: file("following_boards.json")
        case .websites: file("websites.json")
        case .boardSections(let id): boardDirectory(id).appendingPathComponent("sections.json")
        case .boardPins(let id): boardDirectory(id).appendingPathComponent("pins.json")
        }
    }

    func boardDirectory(_ id: String) -> URL {
        file("boards", directory: true).appendingPathComponent(Self.safeName(id), isDirectory: true)
    }

    // MARK: Work in progress

    var work: URL { file(".tack-export", directory: true) }
    var state: URL { work.appendingPathComponent("state.json") }

    func pagesDirectory(_ list: ExportList) -> URL {
        work.appendingPathComponent("pages", isDirectory: true).appendingPathComponent(Self.safeName(list.key), isDirectory: true)
    }

    /// Page `index` (from 0) of a list, named so that names sort in page order.
    func page(_ index: Int, of list: ExportList) -> URL {
        let number = String(index)
        return pagesDirectory(list).appendingPathComponent(String(repeating: "0", count: max(0, 6 - number.count)) + number + ".json")
    }

    /// Deletes the work in progress once the export is written, file by file with unlink and rmdir:
    /// FileManager.removeItem took a second over a few hundred pages.
    func removeWork() throws {
        func remove(_ directory: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
                let path = directory + "/" + name
                if unlink(path) != 0 {
                    guard errno == EISDIR || errno == EPERM else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
                    try remove(path)
                }
            }
            guard rmdir(directory) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: directory]) }
        }
        try remove(work.path)
    }

    func object(_ object: ExportObject) -> URL {
        work.appendingPathComponent("objects", isDirectory: true).appendingPathComponent(Self.safeName(object.key) + ".json")
    }

    private func file(_ name: String, directory isDirectory: Bool = false) -> URL {
        directory.appendingPathComponent(name, isDirectory: isDirectory)
    }

    /// An id as a file name: ids are digits at Pinterest, but the name must never climb out of the directory.
    static func safeName(_ id: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        let cleaned = String(id.map { allowed.contains($0) ? $0 : "_" })
        return cleaned.isEmpty ? "_" : cleaned
    }
}
