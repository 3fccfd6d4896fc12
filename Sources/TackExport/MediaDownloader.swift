import Foundation
import PinterestAPI

/// Downloads each pin's largest image into `media/<pin id>.<ext>`, many at once (bounded), with no
/// token: the images are on Pinterest's image hosts, which need none, and must never see the API's.
/// An image already there is not downloaded again; one that fails is reported, and does not end the export.
struct MediaDownloader {
    let layout: ExportLayout
    let transport: any HTTPTransport
    let concurrency: Int
    let tracker: ProgressTracker
    var timeout: Duration = .seconds(60)

    private struct Download: Sendable {
        var pinId: String
        var url: URL
        var file: URL
    }

    /// The failures, sorted by pin id.
    func downloadAll(boards: [String], pages: ExportPages) async throws -> [ExportManifest.MediaFailure] {
        var downloads: [Download] = []
        let decoder = PinterestJSON.makeDecoder()
        for board in boards {
            try pages.forEachPage(of: .boardPins(boardId: board)) { items in
                for item in items {
                    let pin = try ExportedPin.decode(item, with: decoder)
                    guard let image = pin.largestImage, let url = URL(string: image.url) else { continue }
                    downloads.append(Download(pinId: pin.id, url: url, file: layout.media.appendingPathComponent(Self.fileName(pinId: pin.id, url: url))))
                }
            }
        }
        try FileManager.default.createDirectory(at: layout.media, withIntermediateDirectories: true)
        await tracker.update { $0.mediaTotal = downloads.count }
        var failures: [ExportManifest.MediaFailure] = []
        try await withThrowingTaskGroup(of: ExportManifest.MediaFailure?.self) { group in
            var next = downloads.makeIterator()
            var running = 0
            while running < concurrency, let download = next.next() {
                running += 1
                group.addTask { try await fetch(download) }
            }
            while let result = try await group.next() {
                running -= 1
                if let failure = result { failures.append(failure) }
                await tracker.update { $0.mediaDone += 1 }
                if let download = next.next() {
                    running += 1
                    group.addTask { try await fetch(download) }
                }
            }
        }
        return failures.sorted { $0.pinId < $1.pinId }
    }

    /// `<pin id>.<the URL's extension>`, `.jpg` when it has none this knows.
    static func fileName(pinId: String, url: URL) -> String {
        let known = ["jpg", "jpeg", "png", "gif", "webp"]
        let ext = url.pathExtension.lowercased()
        return ExportLayout.safeName(pinId) + "." + (known.contains(ext) ? ext : "jpg")
    }

    private func fetch(_ download: Download) async throws -> ExportManifest.MediaFailure? {
        if FileManager.default.fileExists(atPath: download.file.path) { return nil }
        func failure(_ reason: String) -> ExportManifest.MediaFailure {
            ExportManifest.MediaFailure(pinId: download.pinId, url: download.url.absoluteString, reason: reason)
        }
        let request = HTTPRequest(method: .get, url: download.url, headers: [("Accept", "image/*")], body: nil, timeout: timeout)
        do {
            let response = try await transport.send(request)
            guard response.status == 200 else { return failure("HTTP \(response.status)") }
            try response.body.write(to: download.file, options: .atomic)
            return nil
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            return failure("\(error)")
        }
    }
}
