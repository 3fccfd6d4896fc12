import PinterestAPI

/// The analytics screen's forms: a custom period with the API's date limits as rules, and the filters.
extension FormState {
    /// The period from `first` to `last`, as dates. The limits count from `today` (UTC): the start at most 90
    /// days back, the end not after today, nor before the start, nor more than 90 days after it.
    public static func analyticsPeriod(_ first: UTCDay, _ last: UTCDay, today: UTCDay) -> FormState {
        let earliest = today.adding(days: -AnalyticsWindow.daysKept)
        return FormState(kind: .analyticsPeriod, title: "Analytics period", fields: [
            .text(.startDate, "Start", first.iso, rules: [
                .required, .day,
                .dayOnOrAfter(earliest, reason: "the API keeps \(AnalyticsWindow.daysKept) days"),
                .dayOnOrBefore(today, reason: "that is today"),
            ], hint: "YYYY-MM-DD, from \(earliest.iso) (the API keeps \(AnalyticsWindow.daysKept) days)"),
            .text(.endDate, "End", last.iso, rules: [
                .required, .day, .dayOnOrBefore(today, reason: "that is today"),
            ], hint: "YYYY-MM-DD, up to today (\(today.iso)), at most \(AnalyticsWindow.longestSpan) days after the start"),
        ])
    }

    /// The end's limits that depend on the start, once the start is a date.
    var periodEndRules: [FieldRule] {
        guard kind == .analyticsPeriod, let start = UTCDay(iso: self[.startDate]?.submittedText ?? "") else { return [] }
        return [
            .dayOnOrAfter(start, reason: "the period starts then"),
            .dayOnOrBefore(
                start.adding(days: AnalyticsWindow.longestSpan),
                reason: "a period ends at most \(AnalyticsWindow.longestSpan) days after its start"),
        ]
    }

    /// The first and last day of a valid period form; nil for other forms and while a field is wrong.
    public var analyticsPeriod: ClosedRange<UTCDay>? {
        guard kind == .analyticsPeriod, isValid, let start = UTCDay(iso: self[.startDate]?.submittedText ?? ""),
            let end = UTCDay(iso: self[.endDate]?.submittedText ?? "")
        else { return nil }
        return start...end
    }

    /// The account analytics filters, each a choice of the values the API lists (enter cycles them).
    public static func analyticsFilters(_ filters: AnalyticsFilters) -> FormState {
        FormState(kind: .analyticsFilters, title: "Analytics filters", fields: [
            choice(.appType, "App type", AnalyticsFilters.appTypes, filters.appType, AnalyticsFilters.label),
            choice(.contentType, "Content", AnalyticsFilters.contentTypes, filters.contentType, AnalyticsFilters.label),
            choice(.source, "Source", AnalyticsFilters.sources, filters.source, AnalyticsFilters.label),
            choice(.pinFormat, "Pin format", AnalyticsFilters.pinFormats, filters.pinFormat, AnalyticsFilters.label),
            choice(.claimedContent, "Claimed", AnalyticsFilters.claimedContents, filters.claimedContent, AnalyticsFilters.label),
        ])
    }

    /// The filters a filters form chose; nil for other forms.
    public var analyticsFilters: AnalyticsFilters? {
        guard kind == .analyticsFilters else { return nil }
        func chosen(_ id: FieldID) -> String { self[id]?.submittedText ?? "" }
        return AnalyticsFilters(
            appType: AppType(rawValue: chosen(.appType)),
            contentType: AnalyticsContentType(rawValue: chosen(.contentType)),
            source: AnalyticsSource(rawValue: chosen(.source)),
            pinFormat: PinFormat(rawValue: chosen(.pinFormat)),
            claimedContent: FromClaimedContent(rawValue: chosen(.claimedContent)))
    }

    private static func choice<Value: OpenEnum>(
        _ id: FieldID, _ label: String, _ values: [Value], _ selected: Value, _ name: (Value) -> String
    ) -> FormField {
        let options = values.map { ChoiceOption(id: $0.rawValue, label: name($0).prefix(1).uppercased() + name($0).dropFirst()) }
        return FormField(id: id, label: label, value: .choice(options: options, selectedIndex: values.firstIndex(of: selected) ?? 0))
    }
}
