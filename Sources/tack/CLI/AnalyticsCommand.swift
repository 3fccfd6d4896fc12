import ArgumentParser
import PinterestAPI

/// `tack analytics …`: the account's and pins' metrics (user_account/analytics…, pins/analytics).
struct AnalyticsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analytics", abstract: "Metrics of the account, its top pins and top video pins, and of pins.",
        discussion: "Dates are UTC days within the last 90 days; a period spans at most 90 days.\n\n" + ScriptHelp.exitStatuses,
        subcommands: [Account.self, TopPins.self, TopVideoPins.self, Pin.self, Pins.self])

    /// The filters of the three account analytics operations.
    struct AccountFilters: ParsableArguments {
        @Option(name: .customLong("from-claimed-content"), help: "Pins of your claimed domain, other pins, or both.")
        var fromClaimedContent: FromClaimedContent?

        @Option(name: .customLong("pin-format"), help: "Only pins of this format.")
        var pinFormat: PinFormat?

        @Option(name: .customLong("app-types"), help: "Only activity on these apps or devices.")
        var appTypes: AppType?

        @Option(name: .customLong("content-type"), help: "Paid or organic activity.")
        var contentType: AnalyticsContentType?

        @Option(help: "Activity on your pins, or on others' pins from your claimed accounts.")
        var source: AnalyticsSource?
    }

    struct Account: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The account's daily and summary metrics (user_account/analytics).")

        @OptionGroup var period: AnalyticsPeriodOptions
        @OptionGroup var filters: AccountFilters

        @Option(name: .customLong("metric-types"), help: "Metrics to report, comma-separated (default: all).")
        var metricTypes: [CommaList<AccountMetricType>] = []

        @Option(name: .customLong("split-field"), help: "Split the metrics into groups by this field.")
        var splitField: AccountAnalyticsSplitField?

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let (start, end) = try period.dates()
            try await ScriptRun.run(connection) { api in
                let answer = try await api.client.userAccountAnalytics(
                    startDate: start, endDate: end, fromClaimedContent: filters.fromClaimedContent,
                    pinFormat: filters.pinFormat, appTypes: filters.appTypes, contentType: filters.contentType,
                    source: filters.source, metricTypes: metricTypes.flattened(), splitField: splitField,
                    adAccountId: api.adAccount?.id)
                let groups = answer.sorted { $0.key < $1.key }.map {
                    MetricsTable.Group(leading: [$0.key], daily: $0.value.dailyMetrics ?? [], summary: $0.value.summaryMetrics)
                }
                try CommandOutput(output).show(answer, table: MetricsTable.daily(groups, leadingColumns: ["GROUP"]))
            }
        }
    }

    /// What top pins and top video pins take beyond the filters.
    struct TopOptions: ParsableArguments {
        @Option(name: .customLong("num-of-pins"), help: "How many pins: 1 to 50 (default 10).")
        var numOfPins: Int?

        @Option(name: .customLong("created-in-last-n-days"), help: "Only pins created in the last n days: 30.")
        var createdInLastNDays: Int?

        func validate() throws {
            if let numOfPins, !(1...50).contains(numOfPins) {
                throw ValidationError("--num-of-pins must be 1 to 50 (the API's limit), not \(numOfPins).")
            }
            if let createdInLastNDays, createdInLastNDays != 30 {
                throw ValidationError("--created-in-last-n-days takes only 30 (the API's one value).")
            }
        }
    }

    struct TopPins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "top-pins", abstract: "The account's top pins by a metric (user_account/analytics/top_pins).")

        @Option(name: .customLong("sort-by"), help: "The metric to rank by.")
        var sortBy: TopPinsSortBy

        @OptionGroup var period: AnalyticsPeriodOptions
        @OptionGroup var top: TopOptions
        @OptionGroup var filters: AccountFilters

        @Option(name: .customLong("metric-types"), help: "Metrics to report, comma-separated (default: all).")
        var metricTypes: [CommaList<AccountMetricType>] = []

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let (start, end) = try period.dates()
            try await ScriptRun.run(connection) { api in
                let report = try await api.client.userAccountAnalyticsTopPins(
                    startDate: start, endDate: end, sortBy: sortBy, fromClaimedContent: filters.fromClaimedContent,
                    pinFormat: filters.pinFormat, appTypes: filters.appTypes, contentType: filters.contentType,
                    source: filters.source, metricTypes: metricTypes.flattened(), numOfPins: top.numOfPins,
                    createdInLastNDays: top.createdInLastNDays, adAccountId: api.adAccount?.id)
                try CommandOutput(output).show(report, lines: report.pins ?? [], table: MetricsTable.topPins(report))
            }
        }
    }

    struct TopVideoPins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "top-video-pins",
            abstract: "The account's top video pins by a metric (user_account/analytics/top_video_pins).")

        @Option(name: .customLong("sort-by"), help: "The metric to rank by.")
        var sortBy: VideoMetricType

        @OptionGroup var period: AnalyticsPeriodOptions
        @OptionGroup var top: TopOptions
        @OptionGroup var filters: AccountFilters

        @Option(name: .customLong("metric-types"), help: "Metrics to report, comma-separated (default: all).")
        var metricTypes: [CommaList<VideoMetricType>] = []

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let (start, end) = try period.dates()
            try await ScriptRun.run(connection) { api in
                let report = try await api.client.userAccountAnalyticsTopVideoPins(
                    startDate: start, endDate: end, sortBy: sortBy, fromClaimedContent: filters.fromClaimedContent,
                    pinFormat: filters.pinFormat, appTypes: filters.appTypes, contentType: filters.contentType,
                    source: filters.source, metricTypes: metricTypes.flattened(), numOfPins: top.numOfPins,
                    createdInLastNDays: top.createdInLastNDays, adAccountId: api.adAccount?.id)
                try CommandOutput(output).show(report, lines: report.pins ?? [], table: MetricsTable.topPins(report))
            }
        }
    }

    /// The metrics pins/analytics and multi_pins/analytics report.
    struct PinMetricOptions: ParsableArguments {
        @Option(name: .customLong("metric-types"), help: "Metrics to report, comma-separated (required).")
        var metricTypes: [CommaList<PinAnalyticsMetricType>] = []

        @Option(name: .customLong("app-types"), help: "Only activity on these apps or devices.")
        var appTypes: AppType?

        func validate() throws {
            if metricTypes.isEmpty { throw ValidationError("--metric-types is required, e.g. --metric-types IMPRESSION,SAVE.") }
        }
    }

    struct Pin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A pin's daily and summary metrics (pins/analytics).")

        @Argument(help: "The pin's id.")
        var pinId: String

        @OptionGroup var period: AnalyticsPeriodOptions
        @OptionGroup var metrics: PinMetricOptions

        @Option(name: .customLong("split-field"), help: "Split the metrics into groups by this field.")
        var splitField: PinAnalyticsSplitField?

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(pinId, "The pin id") }

        func run() async throws {
            let (start, end) = try period.dates()
            try await ScriptRun.run(connection) { api in
                let answer = try await api.client.pinsAnalytics(
                    pinId: pinId, startDate: start, endDate: end, metricTypes: metrics.metricTypes.flattened() ?? [],
                    appTypes: metrics.appTypes, splitField: splitField, adAccountId: api.adAccount?.id)
                let groups = answer.sorted { $0.key < $1.key }.map {
                    MetricsTable.Group(leading: [$0.key], daily: $0.value.dailyMetrics ?? [], summary: $0.value.summaryMetrics)
                }
                try CommandOutput(output).show(answer, table: MetricsTable.daily(groups, leadingColumns: ["GROUP"]))
            }
        }
    }

    struct Pins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Metrics of 1 to 100 pins at once (multi_pins/analytics).")

        @Option(name: .customLong("pin-ids"), help: "The pins' ids, comma-separated or repeated: 1 to 100.")
        var pinIds: [String] = []

        @OptionGroup var period: AnalyticsPeriodOptions
        @OptionGroup var metrics: PinMetricOptions

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        /// The ids, commas split.
        private var ids: [String] { pinIds.flatMap { $0.split(separator: ",").map(String.init) } }

        func validate() throws {
            guard (1...100).contains(ids.count) else {
                throw ValidationError("--pin-ids takes 1 to 100 pins (the API's limit), not \(ids.count).")
            }
            try ids.forEach { try FormLimits.checkID($0, "--pin-ids") }
        }

        func run() async throws {
            let (start, end) = try period.dates()
            try await ScriptRun.run(connection) { api in
                let answer = try await api.client.multiPinsAnalytics(
                    pinIds: ids, startDate: start, endDate: end, metricTypes: metrics.metricTypes.flattened() ?? [],
                    appTypes: metrics.appTypes, adAccountId: api.adAccount?.id)
                let groups = answer.sorted { $0.key < $1.key }.flatMap { pin, byGroup in
                    byGroup.sorted { $0.key < $1.key }.map {
                        MetricsTable.Group(leading: [pin, $0.key], daily: $0.value.dailyMetrics ?? [], summary: $0.value.summaryMetrics)
                    }
                }
                try CommandOutput(output).show(answer, table: MetricsTable.daily(groups, leadingColumns: ["PIN_ID", "GROUP"]))
            }
        }
    }
}
