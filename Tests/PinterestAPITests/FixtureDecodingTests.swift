import Foundation
import PinterestAPI
import Testing

/// Every official example body decodes into the client's models.
struct FixtureDecodingTests {
    /// Success bodies by operation (file prefix up to the status).
    static var successTypes: [String: any Decodable.Type] {
        [
            "boards.list": Page<Board>.self,
            "boards.get": Board.self,
            "boards.create": Board.self,
            "boards.update": Board.self,
            "boards.list_pins": Page<Pin>.self,
            "board_sections.list": Page<BoardSection>.self,
            "board_sections.create": BoardSection.self,
            "board_sections.update": BoardSection.self,
            "board_sections.list_pins": Page<Pin>.self,
            "pins.list": Page<Pin>.self,
            "pins.get": Pin.self,
            "pins.create": Pin.self,
            "pins.update": Pin.self,
            "pins.save": Pin.self,
            "pins.analytics": PinAnalyticsResponse.self,
            "multi_pins.analytics": BulkPinAnalyticsResponse.self,
            "user_account.get": Account.self,
            "user_account.analytics": AccountAnalyticsResponse.self,
            "user_account.analytics.top_pins": TopPinsAnalyticsResponse.self,
            "user_account.analytics.top_video_pins": TopVideoPinsAnalyticsResponse.self,
            "followers.list": Page<UserSummary>.self,
            "user_following.get": Page<UserSummary>.self,
            "boards_user_follows.list": Page<Board>.self,
            "follow_user.update": UserSummary.self,
            "user_websites.get": Page<UserWebsiteSummary>.self,
            "verify_website.update": UserWebsiteSummary.self,
            "website_verification.get": UserWebsiteVerificationCode.self,
            "linked_business_accounts.get": [LinkedBusiness].self,
            "PinMedia": PinMedia.self,
            "PinMediaSource": PinMediaSource.self,
        ]
    }

    /// Splits `boards.list.200` into operation `boards.list` and status 200; schema fixtures have no status.
    static func classify(_ name: String) -> (operation: String, status: Int?) {
        let parts = name.split(separator: ".").map(String.init)
        if let index = parts.firstIndex(where: { Int($0) != nil }) {
            return (parts[..<index].joined(separator: "."), Int(parts[index]))
        }
        return (parts[0], nil)
    }

    @Test func everySuccessOperationHasAFixture() {
        let operations = Set(Fixtures.names.map { Self.classify($0).operation })
        #expect(Set(Self.successTypes.keys).isSubset(of: operations))
        #expect(Fixtures.names.count >= 60)
    }

    @Test(arguments: Fixtures.names)
    func decodes(_ name: String) throws {
        let (operation, status) = Self.classify(name)
        if let status, status >= 400 {
            let body = try Fixtures.decode(APIErrorBody.self, name)
            #expect(body.code != nil)
            #expect(body.message?.isEmpty == false)
        } else {
            let type = try #require(Self.successTypes[operation], "no model for \(name)")
            _ = try PinterestJSON.makeDecoder().decode(type, from: Fixtures.data(name))
        }
    }

    @Test func boardExampleValues() throws {
        let page = try Fixtures.decode(Page<Board>.self, "boards.list.200")
        let board = try #require(page.items.first)
        #expect(board.id == "549755885175")
        #expect(board.name == "Summer recipes")
        #expect(board.pinCount == 5)
        #expect(board.collaboratorCount == 17)
        #expect(board.media?.pinThumbnailUrls?.count == 4)
        #expect(page.bookmark == nil)
    }

    @Test func pinExampleValues() throws {
        let pin = try Fixtures.decode(Pin.self, "pins.get.200")
        #expect(pin.creativeType == .regular)
        #expect(pin.media?.mediaType == .image)
        #expect(pin.media?.imageSizes.map(\.label) == ["150x150", "400x300", "600x", "1200x"])
        #expect(pin.pinMetrics?["90d"]?["pin_click"] == .number(7))
    }

    @Test func websiteTimestampWithMicrosecondsAndNoZone() throws {
        let page = try Fixtures.decode(Page<UserWebsiteSummary>.self, "user_websites.get.200")
        let verifiedAt = try #require(page.items.first?.verifiedAt)
        #expect(abs(verifiedAt.timeIntervalSince1970 - 1_671_051_781.602) < 0.000_1)
    }

    @Test func analyticsExampleValues() throws {
        let analytics = try Fixtures.decode(PinAnalyticsResponse.self, "pins.analytics.200")
        let group = try #require(analytics.values.first)
        #expect(group.dailyMetrics?.first?.dataStatus == .ready)
        #expect(group.summaryMetrics?["SAVE_RATE"] == 0.18)
        #expect(group.lifetimeMetrics?["TOTAL_COMMENTS"] == 10)
        let top = try Fixtures.decode(TopPinsAnalyticsResponse.self, "user_account.analytics.top_pins.200")
        #expect(top.sortBy == .impression)
        #expect(top.pins?.first?.pinId == "642396334344813594")
        #expect(top.dateAvailability?.latestAvailableTimestamp == 1_649_116_799_000)
    }

    @Test func videoIdMediaSource() throws {
        let source = try Fixtures.decode(PinMediaSource.self, "PinMediaSource.PinMediaSourceVideoID")
        #expect(source == .videoID(.init(mediaId: "1000", coverImageContentType: .jpeg)))
    }
}
