import Foundation
import PinterestAPI
import Testing

struct TimestampTests {
    /// 2022-10-13T01:40:29Z.
    static let reference = Date(timeIntervalSince1970: 1_665_625_229)

    @Test(arguments: [
        ("2022-10-13T01:40:29", 0.0),
        ("2022-10-13T01:40:29Z", 0.0),
        ("2022-10-13T01:40:29z", 0.0),
        ("2022-10-13 01:40:29", 0.0),
        ("2022-10-13T01:40:29.000Z", 0.0),
        ("2022-10-13T01:40:29.5", 0.5),
        ("2022-10-13T01:40:29.250000", 0.25),
        ("2022-10-13T03:40:29+02:00", 0.0),
        ("2022-10-12T23:40:29-0200", 0.0),
        ("2022-10-13T01:40:29.125+00:00", 0.125),
    ])
    func parsesEveryForm(text: String, fraction: Double) throws {
        let date = try #require(PinterestTimestamp.parse(text))
        #expect(abs(date.timeIntervalSince(Self.reference) - fraction) < 0.000_001)
    }

    @Test func bareDateIsMidnightUTC() {
        #expect(PinterestTimestamp.parse("2019-12-01") == Date(timeIntervalSince1970: 1_575_158_400))
    }

    @Test(arguments: ["", "2022-10-13T", "2022-13-01T00:00:00", "2022-10-13T25:00:00", "2022-10-13T01:40:29+2",
                      "2022-10-13T01:40:29.", "2022-10-13T01:40:29Zjunk", "13/10/2022", "1665625229"])
    func rejectsMalformed(text: String) {
        #expect(PinterestTimestamp.parse(text) == nil)
    }

    @Test func leapDayAndPreEpoch() {
        #expect(PinterestTimestamp.parse("2024-02-29T00:00:00Z") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(PinterestTimestamp.parse("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
    }

    @Test func daysAreUTC() {
        #expect(PinterestTimestamp.day(Self.reference) == "2022-10-13")
        #expect(PinterestTimestamp.day(Date(timeIntervalSince1970: 1_665_619_200 - 1)) == "2022-10-12")
    }
}
