import PinterestAPI

/// Opening one pin's analytics or the marked pins compared, the keys of that overlay, and its answers.
extension AppState {
    /// One pin's analytics: the selected pin of the pins pane on view.
    mutating func showSelectedPinAnalytics() -> Effect {
        guard let pin = selectedPin else {
            statusMessage = "No pin selected"
            return .none
        }
        return openPinAnalytics(.one(PinSummary(pin)))
    }

    /// One pin's analytics: the selected top pin of the analytics screen, named by its id until it is known.
    mutating func showSelectedTopPinAnalytics() -> Effect {
        let rows = analyticsScreen.topPins.value?.rows ?? []
        guard rows.indices.contains(analyticsScreen.selectedTopPin) else { return .none }
        let pinId = rows[analyticsScreen.selectedTopPin].pinId
        let pin = loadedPin(id: pinId) ?? analyticsScreen.pinDetails[pinId]?.value
        return openPinAnalytics(.one(pin.map(PinSummary.init) ?? PinSummary(id: pinId, title: "pin \(pinId)", isVideo: false)))
    }

    /// The marked pins side by side, in list order; the API takes at most 100 at once.
    mutating func compareMarkedPins() -> Effect {
        let ids = marks.orderedIDs(in: shownPinIDs)
        guard !ids.isEmpty else {
            statusMessage = "Mark the pins to compare first"
            return .none
        }
        guard ids.count <= PinAnalyticsOverlay.mostComparedPins else {
            statusMessage = "\(ids.count) pins are marked: Pinterest compares at most \(PinAnalyticsOverlay.mostComparedPins) at once"
            return .none
        }
        let pins = ids.compactMap { loadedPin(id: $0) }.map(PinSummary.init)
        return openPinAnalytics(.compared(pins))
    }

    private mutating func openPinAnalytics(_ subject: PinAnalyticsOverlay.Subject) -> Effect {
        pinAnalytics = PinAnalyticsOverlay(subject)
        return loadPinAnalytics()
    }

    /// The overlay's own commands; quit, help and the messages act as everywhere, and showing a screen
    /// closes the overlay first.
    mutating func performInPinAnalytics(_ command: Command) -> Effect {
        guard var overlay = pinAnalytics else { return .none }
        switch command {
        case .back:
            return closePinAnalytics()
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            let movement = Self.movement(for: command)
            if overlay.isComparison {
                overlay.selectedRow = movement.index(
                    from: overlay.selectedRow, count: overlay.pins.count, page: terminalSize.height / 2)
            } else {
                overlay.metric = Self.chosen(overlay.metric, among: overlay.metrics, by: movement)
            }
        case .cycleSort where overlay.isComparison:
            overlay.metric = Self.chosen(overlay.metric, among: overlay.metrics, by: .down, wrapping: true)
            overlay.selectedRow = 0
        case .cyclePeriod:
            overlay.period = overlay.period.next
            pinAnalytics = overlay
            return loadPinAnalytics()
        case .splitByAppType where overlay.isComparison:
            statusMessage = "Compared pins have no split: open one pin's analytics to split it by app type"
        case .splitByAppType:
            overlay.splitsByAppType.toggle()
            pinAnalytics = overlay
            return loadPinAnalytics()
        case .retry:
            if overlay.reports.failure?.isRetryable == true { return loadPinAnalytics() }
            statusMessage = overlay.reports.failure.map { failure in
                "Retrying would fail the same way\(failure.status.map { " (HTTP \($0))" } ?? "")"
            } ?? "Nothing to retry"
        case .refresh:
            return loadPinAnalytics()
        case .showBoards, .showMyPins, .showFollowedBoards, .showAccount, .showAnalytics:
            let closing = closePinAnalytics()
            return .all([closing, perform(command)])
        default:
            statusMessage = "Not in the pin analytics: \(CommandCatalog.info(command).description.lowercased())"
        }
        pinAnalytics = overlay
        return .none
    }

    /// Takes an answer if it answers the load on view.
    mutating func reducePinAnalytics(_ action: PinAnalyticsAction) -> Effect {
        guard var overlay = pinAnalytics, overlay.reports == .loading else { return .none }
        switch action {
        case .loaded(let query, let answer):
            guard query == overlay.query else { return .none }
            overlay.reports = .loaded(answer.mapValues(PinMetricsReport.init))
            if !overlay.metrics.contains(overlay.metric) { overlay.metric = .impressions }
        case .failed(let query, let failure):
            guard query == overlay.query else { return .none }
            overlay.reports = .failed(failure)
        }
        pinAnalytics = overlay
        return .none
    }

    /// Loads what is on view, replacing a load of something else.
    private mutating func loadPinAnalytics() -> Effect {
        guard var overlay = pinAnalytics else { return .none }
        let query = overlay.currentQuery
        overlay.query = query
        overlay.reports = .loading
        pinAnalytics = overlay
        return .request(id: .pinAnalytics, .pinAnalytics(query))
    }

    private mutating func closePinAnalytics() -> Effect {
        pinAnalytics = nil
        return .cancel(.pinAnalytics)
    }

    /// The metric `movement` leads to from `metric`; `wrapping` goes from the last back to the first.
    private static func chosen(
        _ metric: PinMetric, among metrics: [PinMetric], by movement: ListMovement, wrapping: Bool = false
    ) -> PinMetric {
        guard !metrics.isEmpty else { return metric }
        let index = metrics.firstIndex(of: metric) ?? 0
        if wrapping { return metrics[(index + 1) % metrics.count] }
        return metrics[movement.index(from: index, count: metrics.count, page: metrics.count)]
    }
}
