import Testing

@testable import PinterestSandbox

/// The shape of a generated pin's activity over time and across segments, on pins made for the test
/// (fixed dates, so the season and the account's growth are the same on every run).
@Suite struct PinActivityShapeTests {
    static func pin(
        id: Int64, created: String, creativeType: String = "REGULAR", link: String? = "https://example.com/a",
        promoted: Bool = false
    ) -> PinAnalytics {
        PinAnalytics(
            pin: PinRow(
                id: id, boardId: 1, sectionId: nil, title: nil, description: nil, link: link, altText: nil,
                dominantColor: nil, createdAt: created + "T10:00:00", creativeType: creativeType, media: "{}",
                parentPinId: nil, hasBeenPromoted: promoted, popularity: 200))
    }

    static func day(_ date: String) -> Int { SandboxClock.day(of: date)! }

    /// Mean daily impressions over `days` whole weeks from `start`, so the weekly rhythm cancels out.
    static func meanImpressions(_ pin: PinAnalytics, from start: String, weeks: Int) -> Double {
        let first = day(start)
        let days = first..<(first + 7 * weeks)
        return Double(days.map { pin.totals(day: $0).impression }.reduce(0, +)) / Double(days.count)
    }

    @Test func aNewPinBurstsThenSettles() {
        let pin = Self.pin(id: 11, created: "2026-01-05")
        let firstTwoWeeks = Self.meanImpressions(pin, from: "2026-01-05", weeks: 2)
        let weeksLater = Self.meanImpressions(pin, from: "2026-03-16", weeks: 2)
        #expect(firstTwoWeeks > 1.5 * weeksLater, "\(firstTwoWeeks) then \(weeksLater)")
        #expect(pin.slices(day: Self.day("2026-01-04")).isEmpty, "nothing before it was created")
    }

    @Test func theSeasonPeaksBeforeTheHolidaysAndTheAccountGrows() {
        let pin = Self.pin(id: 12, created: "2019-06-01")
        let may = Self.meanImpressions(pin, from: "2026-05-04", weeks: 4)
        let november = Self.meanImpressions(pin, from: "2026-11-02", weeks: 4)
        #expect(november > 1.3 * may, "November \(november), May \(may)")
        let novemberBefore = Self.meanImpressions(pin, from: "2025-11-03", weeks: 4)
        #expect(november > 1.2 * novemberBefore, "a year of growth: \(novemberBefore) then \(november)")
    }

    @Test func onlyVideosHaveVideoCounts() {
        let days = Self.day("2026-06-01")...Self.day("2026-06-14")
        let image = Self.pin(id: 13, created: "2025-06-01")
        let video = Self.pin(id: 14, created: "2025-06-01", creativeType: "VIDEO")
        let imageTotals = days.reduce(into: ActivityCounts.zero) { $0 += image.totals(day: $1) }
        let videoTotals = days.reduce(into: ActivityCounts.zero) { $0 += video.totals(day: $1) }
        #expect(imageTotals.videoStart == 0 && imageTotals.videoView == 0 && imageTotals.watchTime == 0)
        #expect(videoTotals.videoStart > videoTotals.videoView && videoTotals.videoView > videoTotals.quartile95View)
        #expect(videoTotals.watchTime > 0)
    }

    @Test func slicesFollowThePinsTraits() {
        let days = Array(Self.day("2026-06-01")...Self.day("2026-07-31"))
        func segments(_ pin: PinAnalytics) -> [ActivitySegment] { days.flatMap { pin.slices(day: $0).map(\.segment) } }
        let plain = segments(Self.pin(id: 15, created: "2025-06-01"))
        #expect(
            plain.allSatisfy {
                $0.source == "YOUR_PINS" && !$0.isPaid && !$0.isClaimed && $0.pinFormat == "ORGANIC_IMAGE"
            })
        #expect(Set(plain.map(\.appType)) == ["MOBILE", "TABLET", "WEB"])
        let shop = segments(Self.pin(id: 16, created: "2025-06-01", link: "https://www.etsy.com/listing/1"))
        #expect(shop.allSatisfy { $0.isClaimed && $0.pinFormat == "ORGANIC_PRODUCT" })
        #expect(Set(shop.map(\.source)) == ["YOUR_PINS", "OTHER_PINS"], "others save claimed content too")
        let promoted = segments(Self.pin(id: 17, created: "2025-06-01", creativeType: "VIDEO", promoted: true))
        #expect(Set(promoted.filter(\.isPaid).map(\.pinFormat)) == ["ADS_VIDEO"])
        #expect(promoted.contains { !$0.isPaid }, "organic activity goes on beside the campaigns")
    }
}
