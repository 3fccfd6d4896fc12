import Foundation

/// The generated activity of one pin, day by day: deterministic (seeded by the pin's id and the day, so the
/// same pin and day always give the same numbers) and shaped like a real pin's: a burst when the pin is new
/// settling to a slowly fading baseline, the account's growth and a yearly season peaking before the
/// holidays, a weekly rhythm, noise, and days without any activity. Each day is cut into slices by app,
/// source and paid or organic; every other count is drawn from the slice's impressions with the pin's own
/// rates, so the parts of a day add up to its totals by construction.
struct PinAnalytics: Sendable {
    /// The domains the demo business has claimed: its website, its Etsy shop and its YouTube channel.
    static let claimedHosts: Set<String> = ["tack.example.com", "www.etsy.com", "www.youtube.com"]
    /// Hosts whose links are product listings, making the pins product pins.
    static let productHosts: Set<String> = ["www.etsy.com"]
    /// Monday to Sunday: weekends are busiest, Mondays quietest.
    static let weekdayFactors = [0.86, 0.9, 0.95, 1.0, 0.97, 1.2, 1.3]
    /// 2025-03-01, when the demo account started pinning; its audience has grown since.
    static let growthStartDay = 20_148
    /// 2025-11-25: the seasonal peak of the year (holiday planning).
    static let seasonPeakDay = 20_417
    /// Promoted pins run two-week campaigns every four weeks.
    static let campaignCycle = 28, campaignLength = 14

    let pin: PinRow
    /// The day the pin was created; nil (no activity) when its creation time cannot be read.
    let createdDay: Int?
    let isVideo: Bool
    let isClaimed: Bool
    /// The `pin_format` of the pin's organic and of its paid activity.
    private let organicFormat, paidFormat: String
    private let profile: Profile

    /// The pin's lasting traits, drawn once from its id.
    private struct Profile {
        let saveRate, pinClickRate, outboundRate, commentRate, reactionRate, followRate, profileVisitRate: Double
        let zeroDayChance, mobileShare, otherPinsShare: Double
        let campaignPhase: Int
        let startRate, viewRate, tenSecondRate, quartile95Rate: Double
        /// Milliseconds a view watches on average.
        let watchPerView: Double
    }

    init(pin: PinRow) {
        self.pin = pin
        createdDay = SandboxClock.day(of: pin.createdAt)
        isVideo = pin.creativeType == "VIDEO"
        let host = pin.link.flatMap { URL(string: $0)?.host?.lowercased() }
        isClaimed = host.map(Self.claimedHosts.contains) ?? false
        let pinFormat = isVideo ? "VIDEO" : (host.map(Self.productHosts.contains) == true ? "PRODUCT" : "IMAGE")
        organicFormat = "ORGANIC_" + pinFormat
        paidFormat = pinFormat == "IMAGE" ? "ADS_STANDARD" : "ADS_" + pinFormat
        var random = SeededGenerator.mixing(UInt64(bitPattern: pin.id ?? 0), FNV1a.hash("profile"))
        func draw(_ range: ClosedRange<Double>) -> Double { random.number(range.lowerBound, range.upperBound) }
        let duration = SandboxStore.decodeMedia(pin.media)?.duration ?? 30_000
        profile = Profile(
            saveRate: draw(0.01...0.05), pinClickRate: draw(0.02...0.08),
            outboundRate: pin.link == nil ? 0 : draw(0.005...0.03), commentRate: draw(0...0.004),
            reactionRate: draw(0...0.01), followRate: draw(0...0.003), profileVisitRate: draw(0.001...0.01),
            zeroDayChance: pin.popularity < 80 ? 0.12 : 0.04, mobileShare: (isVideo ? 0.7 : 0.6) * draw(0.9...1.1),
            otherPinsShare: draw(0.2...0.45), campaignPhase: Int(random.next() % UInt64(Self.campaignCycle)),
            startRate: draw(0.25...0.4), viewRate: draw(0.55...0.75), tenSecondRate: draw(0.35...0.6),
            quartile95Rate: draw(0.12...0.3), watchPerView: max(duration, 2_000) * draw(0.3...0.7))
    }

    /// The pin's activity of a day, one slice per segment it reached; empty before the pin existed.
    func slices(day: Int) -> [ActivitySlice] {
        guard let createdDay, day >= createdDay else { return [] }
        var random = SeededGenerator.mixing(UInt64(bitPattern: pin.id ?? 0), UInt64(bitPattern: Int64(day)))
        let expected = expectedImpressions(day: day, age: day - createdDay, random: &random)
        let mobile = profile.mobileShare * random.number(0.9, 1.1)
        let tablet = 0.08 * random.number(0.7, 1.3)
        let appShares = [mobile, tablet, max(0, 1 - mobile - tablet)]
        let inCampaign =
            pin.hasBeenPromoted
            && (day + profile.campaignPhase) % Self.campaignCycle < Self.campaignLength
        var slices: [ActivitySlice] = []
        // Index loops rather than zips and tuple arrays: their generic machinery dominates a debug build.
        for app in 0..<ActivitySegment.appTypes.count {
            for source in 0..<(isClaimed ? 2 : 1) {
                for paid in 0..<(inCampaign ? 2 : 1) {
                    let isPaid = paid == 1
                    let segment = ActivitySegment(
                        appType: ActivitySegment.appTypes[app], source: ActivitySegment.sources[source],
                        isPaid: isPaid, isClaimed: isClaimed, pinFormat: isPaid ? paidFormat : organicFormat)
                    let sourceShare = source == 0 ? 1 : profile.otherPinsShare
                    let impressions = expected * appShares[app] * sourceShare * (isPaid ? 0.9 : 1)
                    let counts = counts(impressions: impressions, paid: isPaid, random: &random)
                    slices.append(ActivitySlice(segment: segment, counts: counts))
                }
            }
        }
        return slices
    }

    /// The day's typical impressions before they are cut into slices: zero on a day without activity.
    private func expectedImpressions(day: Int, age: Int, random: inout SeededGenerator) -> Double {
        guard random.fraction() >= profile.zeroDayChance else { return 0 }
        let weekday = Self.weekdayFactors[((day + 3) % 7 + 7) % 7]
        let season = 1 + 0.18 * cos(2 * Double.pi * Double(day - Self.seasonPeakDay) / 365.25)
        let growth = 1 + 0.0015 * Double(max(0, day - Self.growthStartDay))
        let lifecycle = 0.45 + 0.55 * exp(-Double(age) / 300) + 1.5 * exp(-Double(age) / 7)
        let noise = random.number(0.75, 1.25)
        return Double(pin.popularity) * weekday * season * growth * lifecycle * noise
    }

    /// One slice's counts, each drawn from its impressions with the pin's rates (paid activity clicks out
    /// more and saves less).
    private func counts(impressions expected: Double, paid: Bool, random: inout SeededGenerator) -> ActivityCounts {
        /// An integer whose expectation is `value`: small values are often 0, sometimes 1.
        func draw(_ value: Double) -> Int { Int(value + random.fraction()) }
        let jitter = random.number(0.8, 1.2)
        let impressions = draw(expected)
        let seen = Double(impressions) * jitter
        var counts = ActivityCounts(
            impression: impressions, save: draw(seen * profile.saveRate * (paid ? 0.6 : 1)),
            pinClick: draw(seen * profile.pinClickRate),
            outboundClick: draw(seen * profile.outboundRate * (paid ? 1.6 : 1)),
            comment: draw(seen * profile.commentRate), reaction: draw(seen * profile.reactionRate),
            userFollow: draw(seen * profile.followRate), profileVisit: draw(seen * profile.profileVisitRate))
        if isVideo {
            counts.videoStart = draw(seen * profile.startRate)
            counts.videoView = draw(Double(counts.videoStart) * profile.viewRate)
            counts.video10sView = draw(Double(counts.videoView) * profile.tenSecondRate)
            counts.quartile95View = draw(Double(counts.videoView) * profile.quartile95Rate)
            counts.watchTime = Int(Double(counts.videoView) * profile.watchPerView * jitter)
        }
        return counts
    }

    /// Adds the day's slices that `filter` keeps to the counts of their `split` groups.
    func add(day: Int, filter: AnalyticsFilter, split: AnalyticsSplit, into groups: inout [ActivityCounts]) {
        for slice in slices(day: day) where filter.includes(slice.segment) {
            groups[split.groupIndex(of: slice.segment)] += slice.counts
        }
    }

    /// The day's counts over all its slices.
    func totals(day: Int) -> ActivityCounts {
        slices(day: day).reduce(into: .zero) { $0 += $1.counts }
    }

    /// `pin_metrics` for `?pin_metrics=true`: the last 90 days with data and the pin's lifetime.
    func pinMetrics(today: Int = SandboxClock.today()) -> WirePinMetrics {
        let (ninetyDays, lifetime) = recentAndLifetimeTotals(today: today)
        func window(_ totals: ActivityCounts, withSocial: Bool) -> WirePinMetrics.Window {
            .init(
                pinClick: totals.pinClick, impression: totals.impression, clickthrough: totals.outboundClick,
                reaction: withSocial ? totals.reaction : nil, comment: withSocial ? totals.comment : nil)
        }
        return WirePinMetrics(
            ninetyDays: window(ninetyDays, withSocial: false), lifetimeMetrics: window(lifetime, withSocial: true))
    }

    /// `lifetime_metrics` of the pin analytics.
    func lifetimeMetrics(today: Int) -> [String: Int] {
        let totals = recentAndLifetimeTotals(today: today).lifetime
        return [
            "TOTAL_COMMENTS": totals.comment, "TOTAL_REACTIONS": totals.reaction, "IMPRESSION": totals.impression,
            "PIN_CLICK": totals.pinClick, "OUTBOUND_CLICK": totals.outboundClick,
        ]
    }

    /// The counts of the last 90 days with data and of the pin's lifetime (capped at two years), both ending
    /// with the newest day the analytics report, in one pass.
    private func recentAndLifetimeTotals(today: Int) -> (ninetyDays: ActivityCounts, lifetime: ActivityCounts) {
        let newest = AnalyticsDayStatus.newestDayWithData(today: today)
        var ninetyDays = ActivityCounts.zero
        var lifetime = ActivityCounts.zero
        guard let createdDay, createdDay <= newest else { return (ninetyDays, lifetime) }
        for day in max(newest - 729, createdDay)...newest {
            let counts = totals(day: day)
            lifetime += counts
            if day > newest - 90 { ninetyDays += counts }
        }
        return (ninetyDays, lifetime)
    }
}
