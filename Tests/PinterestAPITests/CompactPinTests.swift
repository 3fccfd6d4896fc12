import Foundation
import PinterestAPI
import Testing

/// Loaded pins are kept compactly (renditions, video members, shared strings) and still give back
/// exactly what the API sent.
struct CompactPinTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try PinterestJSON.makeDecoder().decode(T.self, from: Data(json.utf8))
    }

    /// The JSON as a value that compares objects by their members, whatever the key order.
    private func jsonObject(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func officialExampleRoundTrips() throws {
        let data = try Fixtures.data("PinMedia.PinMediaWithImage")
        let media = try PinterestJSON.makeDecoder().decode(PinMedia.self, from: data)
        let images = try #require(media.images)
        #expect(images["150x150"]?.url == "https://i.pinimg.com/150x150/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg")
        #expect(images["1200x"] == ImageDetails(
            width: 1200, height: 1200, url: "https://i.pinimg.com/1200x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg"))
        #expect(try jsonObject(PinterestJSON.makeEncoder().encode(media)) == jsonObject(data))
    }

    @Test func urlsOfEveryShapeAreKeptExactly() throws {
        let images = try decode(ImageRenditions.self, """
            {"150x150": {"width": 150, "height": 150, "url": "https://i.pinimg.com/150x150/ab/cd/ef/abcdef.jpg"},
             "600x": {"width": 600, "height": null, "url": "https://i.pinimg.com/600x/ab/cd/ef/abcdef.jpg"},
             "originals": {"width": null, "height": null, "url": "https://cdn.example.com/full/abcdef.png"},
             "1200x": {"width": 1200, "height": 1500, "url": "https://i.pinimg.com/1200x/ab/cd/ef/other.jpg"},
             "400x300": {"width": 400, "height": 300, "url": null},
             "x": {"width": 1, "height": 1, "url": "https://i/x/x/x.jpg"},
             "huge": {"width": 3000000000, "height": -1, "url": null}}
            """)
        #expect(images.map(\.label) == ["x", "150x150", "400x300", "600x", "1200x", "huge", "originals"])
        #expect(images.map(\.details.url) == [
            "https://i/x/x/x.jpg", "https://i.pinimg.com/150x150/ab/cd/ef/abcdef.jpg", nil,
            "https://i.pinimg.com/600x/ab/cd/ef/abcdef.jpg", "https://i.pinimg.com/1200x/ab/cd/ef/other.jpg", nil,
            "https://cdn.example.com/full/abcdef.png",
        ])
        #expect(images["600x"]?.height == nil && images["originals"]?.width == nil)
        #expect(images["huge"] == ImageDetails(width: 3_000_000_000, height: -1, url: nil))
        #expect(try decode(ImageRenditions.self, String(decoding: PinterestJSON.makeEncoder().encode(images), as: UTF8.self)) == images)
    }

    @Test func urlsWithTextBeyondASCIIAreKeptExactly() throws {
        // A combining mark after the label's closing slash joins it into one character, but the URL is
        // split as bytes, and put back together byte for byte.
        let urls = [
            "150x150": "https://例え.jp/150x150/\u{301}café.jpg", "600x": "https://例え.jp/600x/\u{301}café.jpg",
            "1200x": "https://例え.jp/1200x/🧁/café.jpg",
        ]
        let images = ImageRenditions(urls.map { (label: $0.key, details: ImageDetails(width: 1, height: 1, url: $0.value)) })
        for (label, url) in urls {
            #expect(images[label]?.url.map { Array($0.utf8) } == Array(url.utf8), "\(label)")
        }
    }

    @Test func equalContentIsEqualWhateverTheOrder() {
        let a: ImageRenditions = [
            "600x": ImageDetails(width: 600, height: 750, url: "https://i/600x/h.jpg"),
            "150x150": ImageDetails(width: 150, height: 150, url: "https://i/150x150/h.jpg"),
        ]
        let b = ImageRenditions([
            (label: "150x150", details: ImageDetails(width: 150, height: 150, url: "https://i/150x150/h.jpg")),
            (label: "600x", details: ImageDetails(width: 1, height: 1, url: nil)),
            (label: "600x", details: ImageDetails(width: 600, height: 750, url: "https://i/600x/h.jpg")),
        ])
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(b.count == 2)
        #expect(a != ["600x": ImageDetails(width: 600, height: 750, url: "https://i/600x/h.jpg")])
    }

    @Test func videoMembersRoundTripAndChange() throws {
        let json = #"{"cover_image_url":"https://i/c.jpg","duration":12500.5,"height":1280,"media_type":"video","video_url":"https://v/720.mp4","width":720}"#
        var video = try decode(PinMedia.self, json)
        #expect(String(decoding: try PinterestJSON.makeEncoder().encode(video), as: UTF8.self) == json)
        #expect(video == PinMedia(
            mediaType: .video, coverImageUrl: "https://i/c.jpg", videoUrl: "https://v/720.mp4", duration: 12500.5,
            width: 720, height: 1280))
        video.coverImageUrl = nil
        video.videoUrl = nil
        video.duration = nil
        video.width = nil
        #expect(video != PinMedia(mediaType: .video))
        video.height = nil
        #expect(video == PinMedia(mediaType: .video))
        #expect(String(decoding: try PinterestJSON.makeEncoder().encode(video), as: UTF8.self) == #"{"media_type":"video"}"#)
    }

    /// The strings every pin of a page repeats are decoded once per page, not once per pin.
    @Test func pinsOfOnePageShareTheirRepeatedStrings() throws {
        let pins = try decode(Page<Pin>.self, """
            {"items": [
              {"id": "1", "board_id": "549755813008123456", "board_section_id": "5258814934636010123",
               "board_owner": {"username": "a_rather_long_user_name"},
               "media": {"media_type": "image", "images": {"150x150": {"width": 150, "height": 150,
                         "url": "https://i.pinimg.com/150x150/ab/cd/ef/abcdef.jpg"}}}},
              {"id": "2", "board_id": "549755813008123456", "board_section_id": "5258814934636010123",
               "board_owner": {"username": "a_rather_long_user_name"},
               "media": {"media_type": "image", "images": {"150x150": {"width": 150, "height": 150,
                         "url": "https://i.pinimg.com/150x150/12/34/56/123456.jpg"}}}}],
             "bookmark": null}
            """).items
        func storage(_ string: String?) -> UnsafeRawPointer? {
            var string = string
            return string?.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        #expect(storage(pins[0].boardId) == storage(pins[1].boardId))
        #expect(storage(pins[0].boardSectionId) == storage(pins[1].boardSectionId))
        #expect(storage(pins[0].boardOwner?.username) == storage(pins[1].boardOwner?.username))
        #expect(pins[1].media?.images?["150x150"]?.url == "https://i.pinimg.com/150x150/12/34/56/123456.jpg")
    }
}
