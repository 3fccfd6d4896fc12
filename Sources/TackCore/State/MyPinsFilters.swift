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
    /// The `creative_types` values in cycling order, one at a time (the deprecated SHOP_THE_PIN is left out).
    public static let creativeTypeCycle: [CreativeType] = [
        .regular, .video, .shopping, .carousel, .maxVideo, .collection, .idea, .showcase, .quiz, .collage,
        .maxWidthRegularCollection, .maxWidthVideoCollection,
    ]

    /// The active filters for a pane title, e.g. ["exclude_repins", "VIDEO", "protected"]; empty when none.
    public var labels: [String] {
        [pinFilter?.rawValue, pinType?.rawValue, creativeType?.rawValue, includeProtectedPins ? "protected" : nil]
            .compactMap(\.self)
    }

    /// The next value after `current` in `cycle`; after the last one comes nil ("no filter"), then the first.
    static func next<Value: Equatable>(after current: Value?, in cycle: [Value]) -> Value? {
        guard let current, let index = cycle.firstIndex(of: current) else { return cycle.first }
        return cycle.indices.contains(index + 1) ? cycle[index + 1] : nil
    }
}
