import Foundation
import ImageCodecs
import PinterestAPI
import PinterestSandbox
@testable import TackImages
import TerminalCanvas
import Testing

/// The loader end to end: against the sandbox's pictures over loopback, and with scripted transports.
@Suite struct PictureLoaderTests {
    @Test func loadsAPictureFromTheSandboxWithNoTokenAndCachesIt() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-images-\(UUID().uuidString)")
        let transport = AsyncHTTPClientTransport()
        do {
            var configuration = PictureLoader.Configuration()
            configuration.diskCache = ImageDiskCache(directory: directory)
            let url = URL(string: "http://127.0.0.1:\(server.port)/pinimg/600x/D1495B-1250/0df6f1f0.jpg")!
            let route = (method: "GET", pathTemplate: "/pinimg/{label}/{style}/{file}")
            let loader = PictureLoader(transport: transport, configuration: configuration)
            let picture = try await loader.picture(from: url, fitting: Size(width: 40, height: 20), as: .symbols(.halfBlocks, .truecolor))
            // 600x750 in 40x20 cells of 1:2: 20 rows, and 4/5 of 40 columns wide... 32.
            #expect(picture.size == Size(width: 32, height: 20))
            guard case .cells(let cells) = picture.content else { throw Failure("not cells") }
            #expect(cells.contains { if case .rgb = $0.style.foreground { true } else { false } })
            #expect(await server.imageRequestsWithAuthorization() == 0, "no token reaches the image host")
            #expect(await server.requestCount(method: route.method, pathTemplate: route.pathTemplate) == 1)

            _ = try await loader.picture(from: url, fitting: Size(width: 40, height: 20), as: .symbols(.halfBlocks, .truecolor))
            let fresh = PictureLoader(transport: transport, configuration: configuration)
            let again = try await fresh.picture(from: url, fitting: Size(width: 40, height: 20), as: .symbols(.halfBlocks, .truecolor))
            #expect(again == picture)
            #expect(await server.requestCount(method: route.method, pathTemplate: route.pathTemplate) == 1,
                    "the second from memory, the third from disk")
            let summary = try await fresh.summary(from: url)
            #expect(summary.pixelWidth == 600 && summary.pixelHeight == 750)
        } catch {
            try? await transport.shutdown()
            await server.stop()
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        try? await transport.shutdown()
        await server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func sendsNoCredentials() async throws {
        let transport = FakeTransport(response: HTTPResponse(status: 200, body: Data(try jpeg())))
        _ = try await loader(transport).picture(from: Self.url, fitting: Size(width: 4, height: 2), as: .symbols(.halfBlocks, .truecolor))
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == nil && request.method == .get && request.url == Self.url)
    }

    @Test func stopsWhenCancelledBetweenFetchingAndDecoding() async throws {
        let transport = FakeTransport(response: HTTPResponse(status: 200, body: Data(try jpeg())), cancelsCaller: true)
        let loader = loader(transport)
        await #expect(throws: CancellationError.self) {
            try await loader.picture(from: Self.url, fitting: Size(width: 4, height: 2), as: .symbols(.halfBlocks, .truecolor))
        }
        #expect(transport.requests.count == 1)
    }

    @Test func refusesErrorsLargeFilesAndWhatIsNoPicture() async throws {
        let cells = Size(width: 4, height: 2), output = PictureOutput.symbols(.halfBlocks, .truecolor)
        await #expect(throws: PictureError.httpStatus(404)) {
            try await loader(FakeTransport(response: HTTPResponse(status: 404))).picture(from: Self.url, fitting: cells, as: output)
        }
        var small = PictureLoader.Configuration()
        small.diskCache = nil
        small.maxDownloadBytes = 100
        let big = FakeTransport(response: HTTPResponse(status: 200, body: Data(try jpeg())))
        await #expect(throws: PictureError.self) {
            try await PictureLoader(transport: big, configuration: small).picture(from: Self.url, fitting: cells, as: output)
        }
        await #expect(throws: PictureError.codec(.unsupportedFormat)) {
            try await loader(FakeTransport(response: HTTPResponse(status: 200, body: Data("<html>".utf8))))
                .picture(from: Self.url, fitting: cells, as: output)
        }
        await #expect(throws: PictureError.unsupportedURL("file:///etc/passwd")) {
            try await loader(FakeTransport(response: HTTPResponse(status: 200)))
                .picture(from: URL(string: "file:///etc/passwd")!, fitting: cells, as: output)
        }
    }

    @Test func summariesNameSizeAndColourInASCII() {
        let pin = Pin(
            id: "1", dominantColor: "#D1495B",
            media: PinMedia(mediaType: nil, images: ["600x": ImageDetails(width: 600, height: 750, url: "https://i.example/600x/a.jpg")]))
        #expect(PictureSummary(pin: pin).text == "600x750, red (#D1495B)")
        #expect(PictureSummary(pixelWidth: nil, pixelHeight: nil, dominantColor: nil).text == "picture")
        #expect(PictureSummary(image: Fixtures.solid(width: 3, height: 2, (0x2B, 0x41, 0x62))).text == "3x2, dark blue (#2B4162)")
    }

    static let url = URL(string: "https://i.example/600x/a.jpg")!

    func loader(_ transport: FakeTransport) -> PictureLoader {
        var configuration = PictureLoader.Configuration()
        configuration.diskCache = nil
        return PictureLoader(transport: transport, configuration: configuration)
    }

    func jpeg() throws -> [UInt8] {
        try ImageEncoder.jpeg(Fixtures.gradient(width: 60, height: 75))
    }
}

struct Failure: Error {
    let description: String
    init(_ description: String) { self.description = description }
}
