/// The keys that change what the top part of the analytics screen asks for: top video pins or top pins,
/// how many, and whether only the pins created in the last 30 days. Each brings the top part into view
/// and asks the API again.
extension AppState {
    mutating func changeTopPins(by command: Command) -> Effect {
        switch command {
        case .toggleVideoPins:
            analyticsScreen.topPinsKind = analyticsScreen.topPinsKind.toggled
        case .toggleRecentPins:
            analyticsScreen.onlyRecentTopPins.toggle()
        case .moreTopPins, .fewerTopPins:
            let counts = AnalyticsScreenState.topPinCounts, current = analyticsScreen.topPinCount
            let more = command == .moreTopPins
            guard let count = more ? counts.first(where: { $0 > current }) : counts.last(where: { $0 < current }) else {
                statusMessage = more ? "\(current) top pins is the most the API gives" : "\(current) top pins is the fewest"
                return showTopPinsPart()
            }
            analyticsScreen.topPinCount = count
        default:
            return .none
        }
        analyticsScreen.part = .topPins
        return loadTopPins()
    }

    /// The top part, loaded if it is not yet.
    mutating func showTopPinsPart() -> Effect {
        analyticsScreen.part = .topPins
        return analyticsScreen.topPins.value == nil ? loadTopPins() : .none
    }
}
