import Foundation

/// `manifest.json`: what the export holds and where it came from. Written last, so its presence says the
/// export finished.
public struct ExportManifest: Codable, Sendable, Hashable {
    public static let formatName = "tack-export"
    public static let currentFormatVersion = 1

    public var format = ExportManifest.formatName
    public var formatVersion = ExportManifest.currentFormatVersion
    public var tool = "tack"
    public var toolVersion: String
    public var apiRoot: String
    /// `account` or `board:<id>`.
    public var scope: String
    /// The account's username.
    public var account: String?
    public var startedAt: Date
    public var finishedAt: Date
    /// Objects per file kind: boards, sections, pins, followers, following, following_boards, websites,
    /// businesses, media.
    public var counts: [String: Int]
    /// Images that could not be downloaded (with `--media`), by pin id.
    public var mediaFailures: [MediaFailure]?

    public struct MediaFailure: Codable, Sendable, Hashable {
        public var pinId: String
        public var url: String
        public var reason: String

        enum CodingKeys: String, CodingKey {
            case url, reason
            case pinId = "pin_id"
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, tool, scope, account, counts
        case formatVersion = "format_version"
        case toolVersion = "tool_version"
        case apiRoot = "api_root"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case mediaFailures = "media_failures"
    }

    static func read(from url: URL) throws -> ExportManifest {
        guard let data = try? Data(contentsOf: url) else { throw ExportError.notAnExport(url.deletingLastPathComponent().path) }
        return try JSONDecoder.journal.decode(ExportManifest.self, from: data)
    }
}
