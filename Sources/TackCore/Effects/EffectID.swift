/// Names a running effect so it can be cancelled; starting an effect with the id of a running one replaces it.
public struct EffectID: Hashable, Sendable, CustomStringConvertible {
    public var name: String

    public init(_ name: String) { self.name = name }

    public static let account = EffectID("account")
    public static let websiteVerificationCode = EffectID("websiteVerificationCode")
    /// The analytics of the period on view, and of the period before it.
    public static let analytics = EffectID("analytics")
    public static let analyticsPrevious = EffectID("analyticsPrevious")
    /// The analytics of the period on view split into groups.
    public static let analyticsSplit = EffectID("analyticsSplit")
    public static let topPins = EffectID("topPins")
    /// One pin's analytics, or the compared pins'.
    public static let pinAnalytics = EffectID("pinAnalytics")
    /// One pin fetched by id (pins of different ids are fetched side by side).
    public static func pinDetails(_ pinId: String) -> EffectID { EffectID("pinDetails.\(pinId)") }

    /// The sections fetched for a section picker or a board delete's confirmation.
    public static let boardSections = EffectID("boardSections")
    public static let allOwnBoards = EffectID("allOwnBoards")
    /// The pin count fetched for a section delete's confirmation.
    public static let sectionPinCount = EffectID("sectionPinCount")

    /// The sections of a board fetched to name pins' sections; boards are fetched side by side.
    public static func sectionNames(boardId: String) -> EffectID { EffectID("sectionNames.\(boardId)") }

    /// One write; writes of different requests run side by side.
    public static func write(_ request: WriteRequest) -> EffectID { EffectID("write.\(request)") }

    /// The countdown of a rate-limited request's wait, by the id of the effect that waits.
    public static func retryCountdown(_ waiting: EffectID) -> EffectID { EffectID("retryCountdown.\(waiting.name)") }

    /// The load of one picture, by pin and size (pictures load side by side).
    public static func picture(_ key: PictureKey) -> EffectID { EffectID("picture.\(key)") }
    /// Copying to the clipboard or opening a link.
    public static let host = EffectID("host")

    /// The loads of one list pane.
    public static func pane(_ pane: PaneID) -> EffectID { EffectID("pane.\(pane)") }

    public var description: String { name }
}
