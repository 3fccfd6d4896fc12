import Foundation
import PinterestAPI
import Testing

/// Payloads that strict decoders choke on: unknown keys and enum values, nulls, extra renditions.
struct LenientDecodingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try PinterestJSON.makeDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func unknownKeysAreIgnored() throws {
        let pin = try decode(Pin.self, #"{"id": "1", "ai_disclosures": ["x"], "is_product": true, "type": "pin"}"#)
        #expect(pin.id == "1")
        let board = try decode(Board.self, #"{"id": "2", "name": "B", "brand_new_field": {"nested": 1}}"#)
        #expect(board.name == "B")
    }

    @Test func unknownEnumValuesAreKept() throws {
        let pin = try decode(Pin.self, #"{"id": "1", "creative_type": "HOLOGRAM", "media": {"media_type": "hologram"}}"#)
        #expect(pin.creativeType?.rawValue == "HOLOGRAM")
        #expect(pin.creativeType != .regular)
        #expect(pin.media?.mediaType == MediaType(rawValue: "hologram"))
        let board = try decode(Board.self, #"{"id": "2", "name": "B", "privacy": "FRIENDS_ONLY"}"#)
        #expect(board.privacy?.rawValue == "FRIENDS_ONLY")
        let account = try decode(Account.self, #"{"account_type": "CREATOR"}"#)
        #expect(account.accountType == AccountType(rawValue: "CREATOR"))
    }

    @Test func unknownEnumValuesRoundTrip() throws {
        let encoded = try PinterestJSON.makeEncoder().encode(BoardCreate(name: "N", privacy: BoardPrivacy(rawValue: "NEW")))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"name":"N","privacy":"NEW"}"#)
    }

    @Test func nullFieldsDecodeAsNil() throws {
        let pin = try decode(Pin.self, """
            {"id": "1", "alt_text": null, "board_section_id": null, "creative_type": null, "description": null,
             "dominant_color": null, "link": null, "parent_pin_id": null, "pin_metrics": null, "title": null,
             "media": {"media_type": "video", "duration": null, "height": null, "width": null, "video_url": null,
                       "cover_image_url": "https://i/cover.jpg"}}
            """)
        #expect(pin.altText == nil && pin.creativeType == nil && pin.pinMetrics == nil && pin.title == nil)
        #expect(pin.media?.duration == nil)
        let account = try decode(Account.self, """
            {"board_count": null, "follower_count": null, "following_count": null, "monthly_views": null,
             "pin_count": null, "business_name": null}
            """)
        #expect(account == Account())
        let board = try decode(Board.self, #"{"id": "2", "name": "B", "description": null, "media": {"image_cover_url": null}}"#)
        #expect(board.description == nil && board.media?.imageCoverUrl == nil)
    }

    @Test func realCreateResponseWithZonelessTimestampAndOriginals() throws {
        let pin = try decode(Pin.self, """
            {"id":"999658448514149467","created_at":"2022-10-13T01:40:29","alt_text":null,"parent_pin_id":null,
             "board_owner":{"username":"Pattern_buy"},
             "media":{"media_type":"image","images":{
               "1200x":{"width":1200,"height":1508,"url":"https://i/1200x.jpg"},
               "150x150":{"width":150,"height":150,"url":"https://i/150.jpg"},
               "originals":{"width":1200,"height":1508,"url":"https://i/orig.jpg"},
               "600x":{"width":600,"height":754,"url":"https://i/600x.jpg"}}}}
            """)
        #expect(pin.createdAt == PinterestTimestamp.parse("2022-10-13T01:40:29Z"))
        #expect(pin.boardOwner?.username == "Pattern_buy")
        let sizes = try #require(pin.media?.imageSizes)
        #expect(sizes.map(\.label) == ["150x150", "600x", "1200x", "originals"])
        #expect(sizes.last?.url == "https://i/orig.jpg")
    }

    @Test func imageSizesOfCarouselAndVideo() throws {
        let carousel = try decode(PinMedia.self, """
            {"media_type":"multiple_images","items":[
              {"item_type":"image","title":"one","images":{"600x":{"width":600,"height":null,"url":"https://i/a600"},
                                                          "150x150":{"width":150,"height":150,"url":"https://i/a150"}}},
              {"item_type":"image","images":{"600x":{"width":600,"height":600,"url":"https://i/b600"}}}]}
            """)
        #expect(carousel.items?.count == 2)
        #expect(carousel.imageSizes.map(\.url) == ["https://i/a150", "https://i/a600"])
        let video = try decode(PinMedia.self, """
            {"media_type":"video","cover_image_url":"https://i/cover.jpg","video_url":"https://v/720.mp4",
             "duration":12500.5,"width":720,"height":1280}
            """)
        #expect(video.imageSizes.count == 1)
        #expect(video.imageSizes.first?.label == "cover")
        #expect(video.imageSizes.first?.url == "https://i/cover.jpg")
        #expect(video.duration == 12500.5)
        let videos = try decode(PinMedia.self, """
            {"media_type":"multiple_videos","items":[{"item_type":"video","cover_image_url":"https://i/c1.jpg"}]}
            """)
        #expect(videos.imageSizes.first?.url == "https://i/c1.jpg")
        let emptyImages = try decode(PinMedia.self, #"{"media_type":"video","images":{},"cover_image_url":"https://i/c.jpg"}"#)
        #expect(emptyImages.imageSizes.map(\.label) == ["cover"])
    }

    @Test func errorBodyWithExtraKeys() throws {
        let body = try decode(APIErrorBody.self, #"{"code": 2, "message": "Authentication failed.", "status": "failure", "message_detail": "x"}"#)
        #expect(body.code == 2)
        #expect(body.status == "failure")
        #expect(body.messageDetail == "x")
    }

    @Test func pageWithMissingBookmark() throws {
        let page = try decode(Page<BoardSection>.self, #"{"items": [{"id": "1", "name": "Salads"}]}"#)
        #expect(page.items == [BoardSection(id: "1", name: "Salads")])
        #expect(page.bookmark == nil)
    }

    @Test func badTimestampIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try decode(Board.self, #"{"id": "2", "name": "B", "created_at": "yesterday"}"#)
        }
    }
}
