import ArgumentParser

/// A length of time on the command line: a whole number with a unit, `90s`, `15m`, `2h` or `30d`.
struct DurationArgument: ExpressibleByArgument, Sendable {
    let duration: Duration
    /// As it was written: `90s`.
    let text: String

    init?(argument: String) {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        guard let unit = argument.last, let seconds = units[unit], let count = Int64(argument.dropLast()), count > 0
        else { return nil }
        let (total, overflow) = count.multipliedReportingOverflow(by: seconds)
        guard !overflow else { return nil }
        duration = .seconds(total)
        text = argument
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
