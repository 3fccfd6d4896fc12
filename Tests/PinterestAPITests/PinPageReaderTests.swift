import Foundation
@_spi(Benchmarks) @testable import PinterestAPI
import Testing

/// The fast reader of pin pages gives exactly the pins JSONDecoder gives, or gives up and leaves the page
/// to JSONDecoder, so the client's values and errors are what they were.
@Suite("Pin page reader")
struct PinPageReaderTests {
    private func decoded(_ json: String) -> Result<Page<Pin>, any Error> {
        Result { try PinterestJSON.makeDecoder().decode(Page<Pin>.self, from: Data(json.utf8)) }
    }

    /// The reader reads `json` and gives what JSONDecoder gives.
    private func expectRead(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let read = try #require(PinPageReader.page(from: Data(json.utf8)), "the reader gave up", sourceLocation: sourceLocation)
        #expect(read == (try decoded(json).get()), sourceLocation: sourceLocation)
    }

    private static func page(_ pins: String...) -> String { #"{"items": ["# + pins.joined(separator: ",") + #"], "bookmark": "b2"}"# }

    @Test(arguments: [
        // Every escape, \u0000, surrogate pairs, emoji and other scripts as UTF-8.
        page(#"{"id": "1", "title": "a \" \\ \/ \b \f \n \r \t \u00e9\u00E9 \u0000 \uD83D\uDE00\ud83c\udf51 😀 東京 مطبخ", "description": "\u001f\u007f"}"#),
        // A lone surrogate where no model reads it (JSONDecoder does not check it either).
        page(#"{"id": "1", "extra": ["\ud800", "\udc00\ud800"]}"#),
        // Null everywhere, and nothing but the id.
        page(#"{"id": "1", "created_at": null, "link": null, "title": null, "description": null, "dominant_color": null, "alt_text": null, "creative_type": null, "board_id": null, "board_section_id": null, "board_owner": null, "is_owner": null, "media": null, "parent_pin_id": null, "is_standard": null, "has_been_promoted": null, "note": null, "pin_metrics": null}"#),
        page(#"{"id": "1"}"#, #"{"id": "2", "board_owner": {}, "media": {}}"#, #"{"id": "3", "board_owner": {"username": null}, "media": {"media_type": null, "images": null, "items": null, "cover_image_url": null, "video_url": null, "duration": null, "width": null, "height": null}}"#),
        // Unknown members with nested values, numbers with exponents, literals.
        page(#"{"extra": {"a": [1, -0, 1.5e-3, 2E+10, {"b": null, "c": [true, false, "x\"}]"]}], "d": {}}, "id": "1", "more": [[], {}, [[]]], "n": -12.5e1, "media": {"weird": [{"images": 1}], "media_type": "image"}, "board_owner": {"username": "someone_with_a_long_name", "id": 7}}"#),
        // Whitespace everywhere.
        " \r\n\t{ \"items\" :\n[ { \"id\" : \"1\" ,\t\"media\" : { \"images\" : { \"150x150\" : { \"width\" : 150 , \"height\" : 150 , \"url\" : \"https://i.pinimg.com/150x150/ab/cd.jpg\" } } } } ] ,\r\n \"bookmark\" : null }\n\t ",
        // Empty, a null or absent bookmark.
        #"{"items": [], "bookmark": null}"#, #"{"items": []}"#, #"{"bookmark": "b", "items": []}"#,
        // Every timestamp shape, flags, enums known and unknown.
        page(#"{"id": "1", "created_at": "2022-10-13T01:40:29", "is_owner": true, "is_standard": false, "has_been_promoted": false, "creative_type": "REGULAR"}"#,
             #"{"id": "2", "created_at": "2022-12-14T21:03:01.602000", "creative_type": "SOMETHING_NEW"}"#,
             #"{"id": "3", "created_at": "2022-03-14T15:15:22Z"}"#, #"{"id": "4", "created_at": "2022-03-14T15:15:22.000+05:30"}"#),
        // Renditions: patterned URLs, other URLs, missing sizes, undeclared labels, non-ASCII labels.
        page(#"{"id": "1", "board_id": "123456789012345678", "board_section_id": "987654321098765432", "media": {"media_type": "image", "images": {"1200x": {"width": 1200, "height": 900, "url": "https://i.pinimg.com/1200x/0d/f6/f1/0df6.jpg"}, "600x": {"width": 600, "height": null, "url": "https://i.pinimg.com/600x/0d/f6/f1/0df6.jpg"}, "originals": {"width": null, "height": null, "url": "https://elsewhere.example/o.png"}, "150x150": {"width": 150, "height": 150, "url": null}, "größe": {"url": "https://i.pinimg.com/größe/0d.jpg", "width": 9223372036854775807, "height": -3}}}}"#,
             #"{"id": "2", "board_id": "123456789012345678", "media": {"media_type": "image", "images": {}}}"#),
        // A video, with a fractional duration and one with an exponent.
        page(#"{"id": "1", "creative_type": "VIDEO", "media": {"media_type": "video", "cover_image_url": "https://i.pinimg.com/videos/thumbnails/originals/ab.jpg", "video_url": "https://v.pinimg.com/videos/ab.m3u8", "duration": 12345.5, "width": 1080, "height": 1920, "images": {"400x300": {"width": 400, "height": 300, "url": "https://i.pinimg.com/400x300/ab.jpg"}}}}"#,
             #"{"id": "2", "media": {"media_type": "video", "duration": 1.25E4, "width": 0, "height": -0}}"#,
             #"{"id": "3", "media": {"media_type": "video", "duration": null, "cover_image_url": null}}"#),
        // A carousel and a mixed one.
        page(#"{"id": "1", "creative_type": "CAROUSEL", "media": {"media_type": "multiple_images", "items": [{"item_type": "image", "title": "one", "description": "first", "link": "https://example.com", "images": {"150x150": {"width": 150, "height": 150, "url": "https://i.pinimg.com/150x150/a.jpg"}, "600x": {"width": 600, "height": 800, "url": "https://i.pinimg.com/600x/a.jpg"}}}, {"item_type": "image", "images": null}, {}]}}"#,
             #"{"id": "2", "media": {"media_type": "multiple_mixed", "items": [{"item_type": "video", "cover_image_url": "https://i.pinimg.com/c.jpg", "video_url": "https://v.pinimg.com/v.mp4", "duration": 3000, "width": 640, "height": 360, "unknown": [1]}]}}"#,
             #"{"id": "3", "media": {"media_type": "multiple_images", "items": []}}"#),
    ])
    func readsWhatJSONDecoderDecodes(json: String) throws {
        try expectRead(json)
    }

    /// Strings the page repeats are shared between its pins, as JSONDecoder's decoding shares them.
    @Test func repeatedStringsAreShared() throws {
        let pin = #"{"id": "1", "board_id": "123456789012345678", "board_owner": {"username": "a_rather_long_username"}, "media": {"images": {"600x": {"width": 600, "height": 1, "url": "https://i.pinimg.com/600x/ab/cd.jpg"}}}}"#
        let page = try #require(PinPageReader.page(from: Data(Self.page(pin, pin).utf8)))
        func storage(_ string: String?) -> UnsafeRawPointer? {
            var string = string ?? ""
            return string.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        let (first, second) = (page.items[0], page.items[1])
        #expect(storage(first.boardId) == storage(second.boardId))
        #expect(storage(first.boardOwner?.username) == storage(second.boardOwner?.username))
    }

    /// Shapes the reader leaves to JSONDecoder, which decodes them (or fails) as before.
    @Test(arguments: [
        page(#"{"id": "1", "pin_metrics": {"90d": {"impression": 1}}}"#),
        page(#"{"id": "1", "media": {"width": 12.0}}"#),
        page(#"{"id": "1", "media": {"images": {"600x": {"width": 6e2, "url": "u"}}}}"#),
        page(#"{"id": "1", "title": "a", "title": "b"}"#),
        page(#"{"id": "1", "media": {"images": {"600x": {"url": "a"}, "600x": {"url": "b"}}}}"#),
        page(#"{"id": "1", "ti\u0074le": "escaped name"}"#),
        page(#"{"id": "1", "title": "trailing comma",}"#),
        page(#"{"id": "1", "extra": [1, 2,]}"#),
        page(#"{"id": "1", "extra": "\q"}"#),
        page(#"{"id": "1", "extra": 012}"#),
        "\u{FEFF}" + page(#"{"id": "1"}"#),
        #"{"items": [{"id": "1", "deep": "# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}]}",
    ])
    func givesUpOnRareShapes(json: String) {
        #expect(PinPageReader.page(from: Data(json.utf8)) == nil)
    }

    /// Malformed pages and values of unexpected types: the reader gives up, and the client fails with the
    /// error JSONDecoder's decoding gives.
    @Test(arguments: [
        #"{"items": [{"id": "1"}], "bookmark": "b2""#,
        #"{"items": [{"id": "1"} {"id": "2"}]}"#,
        #"{"items": [{"title": "no id"}]}"#,
        #"{"items": [{"id": null}]}"#,
        #"{"items": [{"id": 1}]}"#,
        #"{"items": [{"id": "1", "title": 5}]}"#,
        #"{"items": [{"id": "1", "is_owner": "yes"}]}"#,
        #"{"items": [{"id": "1", "created_at": "yesterday"}]}"#,
        #"{"items": [{"id": "1", "media": {"width": 12.5}}]}"#,
        #"{"items": [{"id": "1", "media": {"duration": 1e400}}]}"#,
        #"{"items": [{"id": "1", "media": {"images": {"600x": null}}}]}"#,
        #"{"items": [{"id": "1", "media": {"items": [1]}}]}"#,
        #"{"items": [{"id": "1", "title": "\ud83d\u0041"}]}"#,
        "{\"items\": [{\"id\": \"1\", \"title\": \"tab\tinside\"}]}",
        #"{"items": null}"#,
        #"{"bookmark": "b"}"#,
        #"{"items": [{"id": "1"}]} trailing"#,
    ])
    func malformedPagesFailAsJSONDecoderFails(json: String) async throws {
        #expect(PinPageReader.page(from: Data(json.utf8)) == nil)
        let decoderError = try #require(decoded(json).failure)
        let error = await #expect(throws: PinterestError.self) {
            try await TestClient.make(ScriptedTransport(json: json)).boardsListPins(boardId: "1")
        }
        #expect(error?.kind == .decoding)
        #expect(error?.message == "could not read the boards/list_pins response: \(PinterestClient.describe(decoderError))")
    }

    /// Invalid UTF-8 is left to JSONDecoder too.
    @Test func invalidUTF8IsLeftToJSONDecoder() {
        for bytes: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] {
            let json = Data(#"{"items": [{"id": "1", "title": "a"#.utf8) + bytes + Data(#""}]}"#.utf8)
            #expect(PinPageReader.page(from: json) == nil)
        }
    }

    /// Random pages (seeded, so a failure repeats): members in any order, present, null or absent, with
    /// escapes, unknown members and whitespace, read as JSONDecoder decodes them.
    @Test func randomPagesReadAsJSONDecoderDecodesThem() throws {
        var generator = RandomPinJSON(seed: 0x7AC4_0009)
        for _ in 0..<300 {
            let json = generator.page()
            let read = try #require(PinPageReader.page(from: Data(json.utf8)), "the reader gave up on \(json)")
            let decoded = try decoded(json).get()
            #expect(read == decoded, "\(json)")
        }
    }

    /// Numbers of every magnitude, written as Swift and other encoders write them, read to the same `Double`.
    @Test func durationsReadAsJSONDecoderReadsThem() throws {
        var state: UInt64 = 0x5EED
        for _ in 0..<2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state)
            guard value.isFinite else { continue }
            for text in ["\(value)", String(format: "%.17g", value), String(format: "%.3e", value)] {
                let json = Self.page(#"{"id": "1", "media": {"duration": \#(text)}}"#)
                let read = PinPageReader.page(from: Data(json.utf8))
                #expect(read != nil || Double(text)?.isNormal != true, "the reader gave up on \(text)")
                if let read { #expect(read == (try decoded(json).get()), "\(text)") }
            }
        }
    }

    /// The bookmark scanner, on the same reader, still reads bookmarks of every shape of page.
    @Test func randomPagesBookmarksAreScanned() throws {
        var generator = RandomPinJSON(seed: 0xB00C_3A4B)
        for _ in 0..<100 {
            let json = Data(generator.page().utf8)
            let bookmark = try #require(PageBookmarkScanner.bookmark(in: json))
            #expect(bookmark == (try PinterestJSON.makeDecoder().decode(Page<Pin>.self, from: json).bookmark))
        }
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
