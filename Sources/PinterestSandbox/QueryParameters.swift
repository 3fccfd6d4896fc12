import Hummingbird

/// Typed, validated access to a request's query string.
struct QueryParameters: Sendable {
    private let parameters: [(String, String)]

    init(_ request: Request) {
        parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    func string(_ name: String) -> String? {
        parameters.first { $0.0 == name }?.1
    }

    func required(_ name: String) throws -> String {
        guard let value = string(name), !value.isEmpty else { throw APIError.missing(name) }
        return value
    }

    /// An array parameter, accepted both comma-separated (`a=1,2`) and repeated (`a=1&a=2`).
    func list(_ name: String) -> [String] {
        parameters.filter { $0.0 == name }.flatMap { $0.1.split(separator: ",").map(String.init) }
    }

    /// A list whose every element must be in `allowed`.
    func list(_ name: String, allowed: [String]) throws -> [String] {
        let values = list(name)
        for value in values { try Validate.oneOf(value, allowed, field: name) }
        return values
    }

    func bool(_ name: String) throws -> Bool {
        switch string(name)?.lowercased() {
        case nil: return false
        case "true", "1": return true
        case "false", "0": return false
        default: throw APIError.invalid(name, "must be true or false.")
        }
    }

    func int(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
        guard let text = string(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.invalid(name, "must be an integer between \(range.lowerBound) and \(range.upperBound).")
        }
        return value
    }

    /// An enum parameter: its value when present and allowed, `defaultValue` when absent.
    func choice(_ name: String, _ allowed: [String], default defaultValue: String? = nil) throws -> String? {
        let value = string(name)
        try Validate.oneOf(value, allowed, field: name)
        return value ?? defaultValue
    }
}
