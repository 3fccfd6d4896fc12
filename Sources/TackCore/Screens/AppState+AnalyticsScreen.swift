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
            chooseMetric(by: Self.movement(for: command))
        case .cyclePeriod:
            analyticsScreen.period = analyticsScreen.period.next
            return loadAnalytics()
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
        }
        return .none
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
        let target = switch movement {
        case .up: max(index - 1, 0)
        case .down: min(index + 1, metrics.count - 1)
        case .top, .pageUp: 0
        case .bottom, .pageDown: metrics.count - 1
        }
        analyticsScreen.metric = metrics[target]
    }
}
