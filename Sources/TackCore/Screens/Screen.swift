/// The screens of the app, one on view at a time; the header shows them as tabs in this order.
///
/// Each screen keeps its own state in `AppState` (`boardsScreen`, `myPinsScreen`, `accountScreen`, `analyticsScreen`), so switching
/// back finds it as it was left.
public enum Screen: Hashable, Sendable, CaseIterable {
    /// Own boards (or the boards the account follows), their sections and pins.
    case boards
    /// The account's pins (pins/list) with their filters.
    case myPins
    /// The profile, followers and following, linked businesses and websites.
    case account
    /// The account's metrics over a period, drawn as charts.
    case analytics

    /// The tab's label in the header.
    public var title: String {
        switch self {
        case .boards: "Boards"
        case .myPins: "My pins"
        case .account: "Account"
        case .analytics: "Analytics"
        }
    }
}
