import Foundation
import PinterestAPI
import Testing

/// A page fetched with its items left to decode tells its bookmark at once, read from the JSON, and
/// decodes to what the plain method returns.
@Suite("Fetched pages")
struct FetchedPageTests {
    private func fetch(_ json: String) async throws -> FetchedPage<Pin> {
        try await TestClient.make(ScriptedTransport(json: json)).boardsListPinsFetched(boardId: "1")
    }

    @Test(arguments: [
        (#"{"items": [{"id": "1"}], "bookmark": "b2"}"#, "b2"),
        (#"{"bookmark": "b2", "items": [{"id": "1"}]}"#, "b2"),
        (#"{"items": [{"id": "1", "bookmark": "not this", "title": "a \"}\" ]", "media": {"images": {"1x": {"url": "{["}}}}], "bookmark": "b2"}"#, "b2"),
        (" {\n \"total\" : 12.5e3 , \"ok\" : true, \"none\": null, \"items\" : [ ] ,\t\"bookmark\" : \"b2\" }\n", "b2"),
        (#"{"items": [], "bookmark": "a\/b\u00e9"}"#, "a/bé"),
        (#"{"items": [], "bookmark": null}"#, nil),
        (#"{"items": []}"#, nil),
    ] as [(String, String?)])
    func theBookmarkIsReadFromTheJSON(json: String, bookmark: String?) async throws {
        let page = try await fetch(json)
        #expect(page.bookmark == bookmark)
        #expect(try page.decode().bookmark == bookmark)
    }

    @Test func theItemsAreDecodedOnlyWhenAskedFor() async throws {
        let page = try await fetch(#"{"items": [{"title": "no id"}], "bookmark": "b2"}"#)
        #expect(page.bookmark == "b2", "the bookmark is known though the items do not decode")
        let error = #expect(throws: PinterestError.self) { try page.decode() }
        #expect(error?.kind == .decoding)
        #expect(error?.message.hasPrefix("could not read the boards/list_pins response: missing key id") == true)
    }

    @Test func decodingGivesWhatThePlainMethodGives() async throws {
        let json = #"{"items": [{"id": "1", "title": "Peach", "board_id": "b1"}, {"id": "2"}], "bookmark": "b2"}"#
        let plain = try await TestClient.make(ScriptedTransport(json: json)).boardsListPins(boardId: "1")
        #expect(try await fetch(json).decode() == plain)
        #expect(plain.items.map(\.id) == ["1", "2"])
    }

    /// An answer that is no JSON object is decoded whole at once, and fails as the plain method does.
    @Test func anAnswerThatIsNoObjectFailsAtOnce() async throws {
        let error = await #expect(throws: PinterestError.self) { try await fetch(#"[{"id": "1"}]"#) }
        #expect(error?.kind == .decoding)
    }
}
