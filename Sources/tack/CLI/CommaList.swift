import ArgumentParser

/// An option value listing API enum values separated by commas, as the API writes `metric_types`
/// (`IMPRESSION,SAVE`); the option may also be repeated.
struct CommaList<Value: DocumentedValues>: ExpressibleByArgument {
    var values: [Value]

    init?(argument: String) {
        let parsed = argument.split(separator: ",").map { Value(argument: String($0)) }
        guard !parsed.isEmpty, !parsed.contains(where: { $0 == nil }) else { return nil }
        values = parsed.compactMap { $0 }
    }

    static var allValueStrings: [String] { Value.allValueStrings }
}

extension Array {
    /// The values of a repeated comma-list option, in order; nil when it was not given.
    func flattened<Value>() -> [Value]? where Element == CommaList<Value> {
        isEmpty ? nil : flatMap(\.values)
    }
}
