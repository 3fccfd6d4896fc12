import PinterestAPI

/// The filters of the "My pins" list (pins/list), each cycled by its own key.
public struct MyPinsFilters: Hashable, Sendable {
    public var pinFilter: PinFilter?
    public var pinType: PinType?
    public var creativeType: CreativeType?
    public var includeProtectedPins: Bool

    public init(
        pinFilter: PinFilter? = nil, pinType: PinType? = nil, creativeType: CreativeType? = nil,
        includeProtectedPins: Bool = false
    ) {
        self.pinFilter = pinFilter
        self.pinType = pinType
        self.creativeType = creativeType
        self.includeProtectedPins = includeProtectedPins
    }

    /// No filter: every pin the account owns.
    public static let none = MyPinsFilters()

    /// The `pin_filter` values in cycling order (after them comes "no filter").
    public static let pinFilterCycle: [PinFilter] = [.excludeNative, .excludeRepins, .hasBeenPromoted]
    /// The `pin_type` values in cycling order.
    public static let pinTypeCycle: [PinType] = [.private]
    /// The `creative_types` values a picker offers, one at a time (the deprecated SHOP_THE_PIN is left out).
    public static let creativeTypes: [CreativeType] = [
        .regular, .video, .shopping, .carousel, .maxVideo, .collection, .idea, .showcase, .quiz, .collage,
        .maxWidthRegularCollection, .maxWidthVideoCollection,
    ]

    /// The active filters in words for a pane title, e.g. ["only saved from others", "video pins",
    /// "with protected boards"]; empty when none.
    public var labels: [String] {
        [
            pinFilter.map(Self.name(of:)), pinType.map(Self.name(of:)), creativeType.map { "\(Self.name(of: $0)) pins" },
            includeProtectedPins ? "with protected boards" : nil,
        ].compactMap(\.self)
    }

    /// What each `pin_filter` keeps: native pins are those the account created, repins those it saved
    /// from others.
    public static func name(of filter: PinFilter) -> String {
        switch filter {
        case .excludeNative: "only saved from others"
        case .excludeRepins: "only created by you"
        case .hasBeenPromoted: "only promoted"
        default: filter.rawValue
        }
    }

    public static func name(of type: PinType) -> String {
        type == .private ? "only private" : type.rawValue
    }

    /// A creative type in words: "video", "full-width collection".
    public static func name(of type: CreativeType) -> String {
        switch type {
        case .maxVideo: "max video"
        case .shopThePin: "shop the pin"
        case .maxWidthRegularCollection: "full-width collection"
        case .maxWidthVideoCollection: "full-width video collection"
        default: type.rawValue.lowercased()
        }
    }

    /// The next value after `current` in `cycle`; after the last one comes nil ("no filter"), then the first.
    static func next<Value: Equatable>(after current: Value?, in cycle: [Value]) -> Value? {
        guard let current, let index = cycle.firstIndex(of: current) else { return cycle.first }
        return cycle.indices.contains(index + 1) ? cycle[index + 1] : nil
    }
}
