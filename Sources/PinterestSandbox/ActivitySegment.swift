/// Where a slice of a pin's activity happened, in the terms of the analytics filters and splits: the app it
/// was seen in, whose save of the pin it came through, whether it was paid for, and the pin's own traits.
struct ActivitySegment: Sendable, Hashable {
    /// `MOBILE`, `TABLET` or `WEB`.
    let appType: String
    /// `YOUR_PINS` (the account's own pin) or `OTHER_PINS` (others' saves of the account's claimed content).
    let source: String
    let isPaid: Bool
    /// Whether the pin links to content the account has claimed (`from_claimed_content=CLAIMED`, `OWNED`).
    let isClaimed: Bool
    /// `ORGANIC_IMAGE`, `ORGANIC_VIDEO`, `ORGANIC_PRODUCT`, or the `ADS_` format of paid activity.
    let pinFormat: String

    static let appTypes = ["MOBILE", "TABLET", "WEB"]
    static let sources = ["YOUR_PINS", "OTHER_PINS"]
    static let pinFormats = [
        "ORGANIC_IMAGE", "ORGANIC_VIDEO", "ORGANIC_PRODUCT", "ADS_STANDARD", "ADS_VIDEO", "ADS_PRODUCT",
    ]
}

/// One segment's share of a pin's day.
struct ActivitySlice: Sendable {
    let segment: ActivitySegment
    let counts: ActivityCounts
}
