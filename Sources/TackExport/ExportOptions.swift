import Foundation
import PinterestAPI

/// How `Exporter` runs.
public struct ExportOptions: Sendable {
    public var scope: ExportScope
    /// Also download each pin's largest image into `media/`.
    public var media: Bool
    /// Requests in flight at most (fewer while rate-limited).
    public var concurrency: Int
    /// Items a page; the API's maximum, 250, needs the fewest requests.
    public var pageSize: Int
    /// Written into the manifest.
    public var toolVersion: String

    /// Enough to hide the API's latency behind each other across boards; a 429 lowers it as needed.
    public static let defaultConcurrency = 16

    public init(
        scope: ExportScope = .account, media: Bool = false, concurrency: Int = ExportOptions.defaultConcurrency,
        pageSize: Int = PinterestClient.maximumPageSize, toolVersion: String
    ) {
        self.scope = scope
        self.media = media
        self.concurrency = max(1, concurrency)
        self.pageSize = pageSize
        self.toolVersion = toolVersion
    }
}

/// What an export did in this run.
public struct ExportSummary: Sendable {
    public var manifest: ExportManifest
    /// Requests sent in this run, retries included.
    public var requests: Int
    /// The fewest requests the whole export needs: one per page (of `ExportOptions.pageSize`, 250 by
    /// default; at least one) of every list, plus one per object.
    public var minimumRequests: Int
    /// How many times a 429 slowed the export down.
    public var rateLimitSlowdowns: Int
    public var elapsed: Duration
}
