import Foundation
import Logging
import PinterestAPI
import TackCore
import Testing

/// What a pin analytics load asks the API: pins_analytics with the split and the video metrics only when
/// wanted, multi_pins/analytics with every pin id; the answer comes back keyed by pin id, a failure with
/// its status.
@Suite("PinterestRequestPerformer: pin analytics")
struct EffectPinAnalyticsTests {
    private static let body = #"{"all": {"daily_metrics": [{"date": "2026-11-30", "data_status": "READY", "metrics": {"IMPRESSION": 7}}], "summary_metrics": {"IMPRESSION": 7}}}"#

    private func perform(_ query: PinAnalyticsQuery, status: Int = 200, body: String) async -> (Action, URL?) {
        let transport = CannedTransport(status: status, body: body)
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: .never),
            transport: transport)
        let performer = PinterestRequestPerformer(client: client, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        return (await performer.perform(.pinAnalytics(query)), transport.requested.first)
    }

    private func parameters(_ url: URL?) -> [String: [String]] {
        let items = url.flatMap { URLComponents(url: $0, resolvingAgainstBaseURL: false)?.queryItems } ?? []
        return Dictionary(grouping: items, by: \.name).mapValues { $0.map { $0.value ?? "" } }
    }

    private static func query(_ ids: [String], compares: Bool, split: Bool, video: Bool) -> PinAnalyticsQuery {
        PinAnalyticsQuery(
            pinIds: ids, compares: compares, window: AnalyticsWindow(days: 7, endingDaysAgo: 0), splitsByAppType: split,
            includingVideo: video)
    }

    @Test func onePinSplitWithItsVideoMetrics() async throws {
        let query = Self.query(["42"], compares: false, split: true, video: true)
        let (action, url) = await perform(query, body: Self.body)
        #expect(url?.path == "/v5/pins/42/analytics")
        let sent = parameters(url)
        #expect(sent["split_field"] == ["APP_TYPE"])
        #expect(sent["metric_types"] == [PinMetric.allCases.map(\.rawValue).joined(separator: ",")])
        #expect(sent["start_date"]?.count == 1 && sent["end_date"]?.count == 1)
        guard case .pinAnalytics(.loaded(query, let answers)) = action else {
            Issue.record("unexpected \(action)")
            return
        }
        #expect(answers["42"]?["all"]?.summaryMetrics?["IMPRESSION"] == 7)
    }

    @Test func anImageUnsplitAsksForNoVideoMetricsAndNoSplit() async {
        let (_, url) = await perform(Self.query(["42"], compares: false, split: false, video: false), body: Self.body)
        let sent = parameters(url)
        #expect(sent["split_field"] == nil)
        #expect(sent["metric_types"] == [PinMetric.requested(includingVideo: false).map(\.rawValue).joined(separator: ",")])
        let types = sent["metric_types"]?.first ?? ""
        #expect(types.range(of: "VIDEO") == nil)
    }

    @Test func comparedPinsAreOneMultiPinsRequest() async {
        let query = Self.query(["42", "43"], compares: true, split: false, video: false)
        let (action, url) = await perform(query, body: #"{"42": \#(Self.body), "43": \#(Self.body)}"#)
        #expect(url?.path == "/v5/pins/analytics")
        #expect(parameters(url)["pin_ids"] == ["42", "43"])
        guard case .pinAnalytics(.loaded(query, let answers)) = action else {
            Issue.record("unexpected \(action)")
            return
        }
        #expect(answers.keys.sorted() == ["42", "43"])
    }

    @Test func aPinOfSomeoneElseFailsWithItsStatus() async {
        let query = Self.query(["42"], compares: false, split: false, video: false)
        let (action, _) = await perform(
            query, status: 403, body: #"{"code": 403, "message": "Not authorized to access board or Pin."}"#)
        guard case .pinAnalytics(.failed(query, let failure)) = action else {
            Issue.record("unexpected \(action)")
            return
        }
        #expect(failure.status == 403 && !failure.isRetryable)
    }
}
