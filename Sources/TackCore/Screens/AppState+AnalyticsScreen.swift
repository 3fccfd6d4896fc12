import PinterestAPI

/// What keys do on the analytics screen, and what its effects send back.
extension AppState {
    /// The analytics screen, loading its period the first time (and again after a failure).
    mutating func showAnalyticsScreen() -> Effect {
        if screen != .analytics { marks.clear() }
        screen = .analytics
        switch analyticsScreen.report {
        case .idle, .failed: return loadAnalytics()
        case .loading, .loaded: return .none
        }
    }

    /// The analytics screen's own commands; the global ones were handled before.
    mutating func performOnAnalyticsScreen(_ command: Command) -> Effect {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            if analyticsScreen.part == .metrics {
                chooseMetric(by: Self.movement(for: command))
            } else {
                chooseTopPin(by: Self.movement(for: command))
            }
        case .focusNext, .focusPrevious, .focusLeft, .focusRight:
            if analyticsScreen.part == .metrics { return showTopPinsPart() }
            analyticsScreen.part = .metrics
        case .open where analyticsScreen.part == .topPins:
            return openSelectedTopPin()
        case .showPinAnalytics where analyticsScreen.part == .topPins:
            return showSelectedTopPinAnalytics()
        case .cycleSort where analyticsScreen.part == .topPins:
            analyticsScreen.shownTopPinsSort = analyticsScreen.shownTopPinsSort.next(in: analyticsScreen.topPinsKind)
            return loadTopPins()
        case .toggleVideoPins, .moreTopPins, .fewerTopPins, .toggleRecentPins:
            return changeTopPins(by: command)
        case .cyclePeriod:
            analyticsScreen.period = analyticsScreen.period.next
            analyticsScreen.topPins = .idle
            return .all([loadAnalytics(), analyticsScreen.part == .topPins ? loadTopPins() : .none])
        default:
            statusMessage = "Not on the analytics screen: \(CommandCatalog.info(command).description.lowercased())"
        }
        return .none
    }

    /// Applies an answer of the analytics screen's effects, if it answers a window on view.
    mutating func reduceAnalyticsScreen(_ action: AnalyticsScreenAction) -> Effect {
        switch action {
        case .accountMetricsLoaded(let window, let response):
            let report = AccountMetricsReport(response)
            if window == analyticsScreen.window, analyticsScreen.report == .loading {
                analyticsScreen.report = .loaded(report)
            } else if window == analyticsScreen.previousWindow, analyticsScreen.previous == .loading {
                analyticsScreen.previous = .loaded(report)
            }
        case .accountMetricsFailed(let window, let failure):
            if window == analyticsScreen.window, analyticsScreen.report == .loading {
                analyticsScreen.report = .failed(failure)
            } else if window == analyticsScreen.previousWindow, analyticsScreen.previous == .loading {
                analyticsScreen.previous = .failed(failure)
            }
        case .topPinsLoaded(let query, let table):
            guard awaitsTopPins(query) else { return .none }
            analyticsScreen.topPins = .loaded(table)
            return fetchPinDetailsIfNeeded()
        case .topPinsFailed(let query, let failure):
            guard awaitsTopPins(query) else { return .none }
            analyticsScreen.topPins = .failed(failure)
        case .pinDetailsLoaded(let pin):
            analyticsScreen.pinDetails[pin.id] = .loaded(pin)
            return fetchPinDetailsIfNeeded()
        case .pinDetailsFailed(let pinId, let failure):
            analyticsScreen.pinDetails[pinId] = .failed(failure)
            return fetchPinDetailsIfNeeded()
        }
        return .none
    }

    /// Loads the top pins (or video pins) of the query on view, replacing a load of others.
    mutating func loadTopPins() -> Effect {
        analyticsScreen.topPins = .loading
        analyticsScreen.selectedTopPin = 0
        return .request(id: .topPins, .topPins(analyticsScreen.topPinsQuery))
    }

    /// A pin the app has loaded already (on a board or in My pins), so it need not be fetched to be named.
    public func loadedPin(id: String) -> Pin? {
        boardsScreen.pins.item(withID: id) ?? myPinsScreen.pins.item(withID: id)
    }

    private func awaitsTopPins(_ query: TopPinsQuery) -> Bool {
        query == analyticsScreen.topPinsQuery && analyticsScreen.topPins == .loading
    }

    /// Fetches the top pins not known yet by id, a few at a time: each answer asks for the next.
    private mutating func fetchPinDetailsIfNeeded() -> Effect {
        let rows = analyticsScreen.topPins.value?.rows ?? []
        let inFlight = analyticsScreen.pinDetails.values.filter { $0 == .loading }.count
        let missing = rows.map(\.pinId).filter { analyticsScreen.pinDetails[$0] == nil && loadedPin(id: $0) == nil }
        let next = missing.prefix(max(0, AnalyticsScreenState.pinDetailsAtOnce - inFlight))
        for pinId in next { analyticsScreen.pinDetails[pinId] = .loading }
        return .all(next.map { .request(id: .pinDetails($0), .pin(id: $0)) })
    }

    /// Opens the selected top pin on its board, once it is known which board that is.
    private mutating func openSelectedTopPin() -> Effect {
        guard let rows = analyticsScreen.topPins.value?.rows, rows.indices.contains(analyticsScreen.selectedTopPin) else {
            return .none
        }
        let pinId = rows[analyticsScreen.selectedTopPin].pinId
        guard let pin = loadedPin(id: pinId) ?? analyticsScreen.pinDetails[pinId]?.value else {
            statusMessage = "Still getting pin \(pinId): try again in a moment"
            return .none
        }
        return showPinOnItsBoard(pin)
    }

    /// Moves the selection in the top pins.
    private mutating func chooseTopPin(by movement: ListMovement) {
        let count = analyticsScreen.topPins.value?.rows.count ?? 0
        guard count > 0 else { return }
        analyticsScreen.selectedTopPin = movement.index(
            from: analyticsScreen.selectedTopPin, count: count, page: terminalSize.height / 2)
    }

    /// Loads the period on view and the one before it (when the API keeps it), replacing loads of
    /// another period.
    mutating func loadAnalytics() -> Effect {
        analyticsScreen.report = .loading
        var effects: [Effect] = [.request(id: .analytics, .accountAnalytics(analyticsScreen.window))]
        if let previous = analyticsScreen.previousWindow {
            analyticsScreen.previous = .loading
            effects.append(.request(id: .analyticsPrevious, .accountAnalytics(previous)))
        } else {
            analyticsScreen.previous = .idle
            effects.append(.cancel(.analyticsPrevious))
        }
        return .all(effects)
    }

    /// Moves the choice of the metric drawn large.
    private mutating func chooseMetric(by movement: ListMovement) {
        let metrics = AccountMetric.allCases
        let index = metrics.firstIndex(of: analyticsScreen.metric) ?? 0
        analyticsScreen.metric = metrics[movement.index(from: index, count: metrics.count, page: metrics.count)]
    }
}
