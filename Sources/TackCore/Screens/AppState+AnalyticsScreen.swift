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
            analyticsScreen.period = analyticsScreen.customPeriod == nil ? analyticsScreen.period.next : analyticsScreen.period
            analyticsScreen.customPeriod = nil
            return questionChanged()
        case .choosePeriod:
            let days = analyticsScreen.days
            form = .analyticsPeriod(days.lowerBound, days.upperBound, today: analyticsScreen.today)
        case .chooseFilters:
            form = .analyticsFilters(analyticsScreen.filters)
        case .resetFilters:
            guard !analyticsScreen.filters.isEmpty else {
                statusMessage = "No analytics filters to reset"
                return .none
            }
            analyticsScreen.filters = .none
            return questionChanged()
        case .cycleSplit:
            analyticsScreen.split = analyticsScreen.split.next
            return loadSplit()
        default:
            statusMessage = "Not on the analytics screen: \(CommandCatalog.info(command).description.lowercased())"
        }
        return .none
    }

    /// Applies an answer of the analytics screen's effects, if it answers a query or window on view.
    mutating func reduceAnalyticsScreen(_ action: AnalyticsScreenAction) -> Effect {
        switch action {
        case .accountMetricsLoaded(let query, let response):
            if query == analyticsScreen.query, analyticsScreen.report == .loading {
                analyticsScreen.report = .loaded(AccountMetricsReport(response))
            } else if query == analyticsScreen.previousQuery, analyticsScreen.previous == .loading {
                analyticsScreen.previous = .loaded(AccountMetricsReport(response))
            } else if query == analyticsScreen.splitQuery, analyticsScreen.splitReport == .loading {
                analyticsScreen.splitReport = .loaded(SplitMetricsReport(response))
            }
        case .accountMetricsFailed(let query, let failure):
            if query == analyticsScreen.query, analyticsScreen.report == .loading {
                analyticsScreen.report = .failed(failure)
            } else if query == analyticsScreen.previousQuery, analyticsScreen.previous == .loading {
                analyticsScreen.previous = .failed(failure)
            } else if query == analyticsScreen.splitQuery, analyticsScreen.splitReport == .loading {
                analyticsScreen.splitReport = .failed(failure)
            }
        case .dayBegan(let day):
            guard day != analyticsScreen.today else { return .none }
            analyticsScreen.today = day
            // The days on view have moved (or, for a custom period, their distance from today has): reload
            // what was shown.
            return analyticsScreen.report == .idle ? .none : questionChanged()
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

    /// Loads the period on view, the one before it (when the API keeps it) and its groups (with a
    /// split), with the filters on view, replacing loads of another period or other filters.
    mutating func loadAnalytics() -> Effect {
        analyticsScreen.report = .loading
        var effects: [Effect] = [.request(id: .analytics, .accountAnalytics(analyticsScreen.query)), loadSplit()]
        if let previous = analyticsScreen.previousQuery {
            analyticsScreen.previous = .loading
            effects.append(.request(id: .analyticsPrevious, .accountAnalytics(previous)))
        } else {
            analyticsScreen.previous = .idle
            effects.append(.cancel(.analyticsPrevious))
        }
        return .all(effects)
    }

    /// Loads the period's groups of the split on view, or forgets them without a split.
    private mutating func loadSplit() -> Effect {
        guard let query = analyticsScreen.splitQuery else {
            let wasLoading = analyticsScreen.splitReport == .loading
            analyticsScreen.splitReport = .idle
            return wasLoading ? .cancel(.analyticsSplit) : .none
        }
        analyticsScreen.splitReport = .loading
        return .request(id: .analyticsSplit, .accountAnalytics(query))
    }

    /// Reloads what the period and the filters decide after either changed: the metrics, and the top
    /// pins when on view (else when they are next shown).
    private mutating func questionChanged() -> Effect {
        analyticsScreen.topPins = .idle
        return .all([loadAnalytics(), analyticsScreen.part == .topPins ? loadTopPins() : .none])
    }

    /// Applies a submitted period or filters form, closing it; nil for the forms that send a write.
    mutating func applyAnalyticsForm(_ form: FormState) -> Effect? {
        if let period = form.analyticsPeriod {
            self.form = nil
            analyticsScreen.customPeriod = period
            return questionChanged()
        }
        if let filters = form.analyticsFilters {
            self.form = nil
            guard filters != analyticsScreen.filters else { return Effect.none }
            analyticsScreen.filters = filters
            return questionChanged()
        }
        return nil
    }

    /// Moves the choice of the metric drawn large.
    private mutating func chooseMetric(by movement: ListMovement) {
        let metrics = AccountMetric.allCases
        let index = metrics.firstIndex(of: analyticsScreen.metric) ?? 0
        analyticsScreen.metric = metrics[movement.index(from: index, count: metrics.count, page: metrics.count)]
    }
}
