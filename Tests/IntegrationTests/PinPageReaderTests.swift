import Foundation
@_spi(Benchmarks) import PinterestAPI
import PinterestSandbox
import Testing

/// The pages of pins the sandbox serves are read by the client's fast reader, to the pins JSONDecoder
/// decodes from them.
@Suite struct PinPageReaderTests {
    /// Every page of `operation` at `pageSize`, as sent.
    private func pages(
        _ client: PinterestClient, _ operation: OperationDescriptor, path: [String: String] = [:],
        pageSize: Int, pinMetrics: Bool? = nil
    ) async throws -> [Data] {
        var bodies: [Data] = []
        var bookmark: String?
        repeat {
            var query = QueryParameters()
            query.add("bookmark", bookmark)
            query.add("page_size", pageSize)
            query.add("pin_metrics", pinMetrics)
            let body = try await client.rawJSON(operation, path: path, query: query)
            bodies.append(body)
            bookmark = try PinterestJSON.makeDecoder().decode(Page<Pin>.self, from: body).bookmark
        } while bookmark != nil && bodies.count < 100
        return bodies
    }

    @Test func sandboxPagesReadAsJSONDecoderDecodesThem() async throws {
        try await Integration.run { world in
            var bodies: [Data] = []
            for pageSize in [7, 250] {
                bodies += try await pages(world.client, .pinsList, pageSize: pageSize)
                for board in try await world.client.boardsListPages().allItems() {
                    bodies += try await pages(world.client, .boardsListPins, path: ["board_id": board.id], pageSize: pageSize)
                }
            }
            var pins: [Pin] = []
            for body in bodies {
                let read = try #require(PinPageReader.page(from: body), "the reader gave up on a sandbox page")
                #expect(read == (try PinterestJSON.makeDecoder().decode(Page<Pin>.self, from: body)))
                pins += read.items
            }
            #expect(pins.count > Demo.pinCount, "every pin, at two page sizes")
            #expect(pins.contains { $0.media?.mediaType == .video }, "videos among them")
            #expect(pins.contains { $0.media?.items?.isEmpty == false }, "carousels among them")
        }
    }

    /// Pins with metrics are left to JSONDecoder, and decoded as before.
    @Test func pagesWithMetricsAreLeftToJSONDecoder() async throws {
        try await Integration.run { world in
            let body = try #require(try await pages(world.client, .pinsList, pageSize: 250, pinMetrics: true).first)
            #expect(PinPageReader.page(from: body) == nil)
            let page = try await world.client.pinsList(pageSize: 250, pinMetrics: true)
            #expect(page == (try PinterestJSON.makeDecoder().decode(Page<Pin>.self, from: body)))
            #expect(page.items.allSatisfy { $0.pinMetrics != nil })
        }
    }
}
