import Foundation
import PinterestAPI
import Testing

/// An image over Pinterest's size limit is refused before the request is sent.
struct PinMediaLimitTests {
    private static let limit = PinMediaLimits.maxImageBytes

    private static func image(bytes: Int) -> String {
        Data(count: bytes).base64EncodedString()
    }

    private func create(_ media: PinMediaSource) async throws -> (PinterestError?, requests: Int) {
        let transport = ScriptedTransport(status: 201, json: #"{"id": "1"}"#)
        let client = TestClient.make(transport, maxAttempts: 1)
        do {
            _ = try await client.pinsCreate(PinCreate(boardId: "1", mediaSource: media))
            return (nil, await transport.requestCount)
        } catch let error as PinterestError {
            return (error, await transport.requestCount)
        }
    }

    @Test func limitIsPinterests20MB() {
        #expect(Self.limit == 20_000_000)
    }

    /// One case only: encoding a 27 MB JSON body is slow in a debug build, and it would hold up other tests.
    @Test func imageOfExactlyTheLimitIsSent() async throws {
        let (error, requests) = try await create(.imageBase64(.init(contentType: .jpeg, data: Self.image(bytes: Self.limit))))
        #expect(error == nil)
        #expect(requests == 1)
    }

    @Test func imageOverTheLimitIsRefusedUnsent() async throws {
        let (error, requests) = try await create(
            .imageBase64(.init(contentType: .png, data: Self.image(bytes: 23_456_789))))
        #expect(requests == 0)
        #expect(error?.kind == .invalidRequest)
        #expect(error?.isRetryable == false)
        #expect(error?.userMessage
            == "The image is 23.5 MB; Pinterest takes images up to 20 MB: choose a smaller image (nothing was sent)")
    }

    @Test func oversizedCarouselImageIsNamedByPosition() async throws {
        let items = [1_000, Self.limit + 1, 2_000].map {
            PinMediaSource.ImagesBase64.Item(contentType: .jpeg, data: Self.image(bytes: $0))
        }
        let (error, requests) = try await create(.multipleImageBase64(.init(items: items)))
        #expect(requests == 0)
        #expect(error?.userMessage.hasPrefix("Image 2 of 3 is 20000001 bytes; Pinterest takes images up to 20 MB") == true)
    }

    @Test func oversizedVideoCoverIsRefused() async throws {
        let video = PinMediaSource.VideoID(
            mediaId: "1", coverImageData: Self.image(bytes: Self.limit + 3), coverImageContentType: .jpeg)
        let (error, requests) = try await create(.videoID(video))
        #expect(requests == 0)
        #expect(error?.kind == .invalidRequest)
    }
}
