import Foundation
import PinterestAPI
import PinterestSandbox
import Synchronization
import Testing
import TackExport

/// `--media`: each pin's largest image, fetched without the API's token.
@Suite struct MediaTests {
    @Test func eachPinsLargestImageIsDownloadedWithoutTheToken() async throws {
        try await ExportWorld.run { world in
            let images = ImageHost()
            let summary = try await world.export(into: "export", pageSize: 250, media: true, mediaTransport: images)
            let requests = images.requests
            #expect(requests.count == 164)
            #expect(requests.allSatisfy { $0.header("Authorization") == nil })
            #expect(requests.allSatisfy { $0.url.path.contains("/originals/") }, "the largest rendition")
            #expect(summary.manifest.counts["media"] == 164)
            let media = world.directory("export").appendingPathComponent("media")
            #expect(try FileManager.default.contentsOfDirectory(atPath: media.path).count == 164)
            let csv = try String(contentsOf: world.directory("export").appendingPathComponent("pins.csv"), encoding: .utf8)
            #expect(csv.contains(",media/"))

            // Run again: the images already there are not fetched again.
            try await world.export(into: "export", pageSize: 250, media: true, mediaTransport: images)
            #expect(images.requests.count == 164)
        }
    }
}

/// Answers every image request with a few bytes, and remembers the requests.
private final class ImageHost: HTTPTransport {
    private let received = Mutex<[HTTPRequest]>([])

    var requests: [HTTPRequest] { received.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        received.withLock { $0.append(request) }
        return HTTPResponse(status: 200, headers: [("Content-Type", "image/jpeg")], body: Data([0xFF, 0xD8, 0xFF, 0xD9]))
    }

    func shutdown() async throws {}
}
