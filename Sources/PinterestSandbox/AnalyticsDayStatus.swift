/// The `data_status` of a day of analytics. Pinterest reports a day once it is processed: today is still
/// `PROCESSING` (no numbers), yesterday's numbers are an `ESTIMATE`, older days are `READY`; a pin has no
/// numbers for the days before it was created (`BEFORE_PIN_CREATED`).
enum AnalyticsDayStatus {
    static let processing = "PROCESSING"
    static let estimate = "ESTIMATE"
    static let ready = "READY"
    static let beforePinCreated = "BEFORE_PIN_CREATED"

    /// The status of `day`; `createdDay` is the pin's creation day in a pin's analytics, nil for the account.
    static func of(day: Int, today: Int, createdDay: Int? = nil) -> String {
        if day >= today { return processing }
        if let createdDay, day < createdDay { return beforePinCreated }
        return day == today - 1 ? estimate : ready
    }

    /// Whether a day of this status reports numbers (and counts in the period's totals).
    static func hasData(_ status: String) -> Bool { status == ready || status == estimate }

    static func newestDayWithData(today: Int) -> Int { today - 1 }

    static func newestReadyDay(today: Int) -> Int { today - 2 }

    /// The status of a whole period (of the top pins' numbers): its least final day's.
    static func ofPeriod(_ days: ClosedRange<Int>, today: Int) -> String {
        if days.lowerBound >= today { return processing }
        return days.upperBound > newestReadyDay(today: today) ? estimate : ready
    }
}
