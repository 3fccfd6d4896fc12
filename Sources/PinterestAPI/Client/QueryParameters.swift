import Foundation

/// Query parameters in the forms the API expects: booleans as `true`/`false`, dates as
/// `yyyy-MM-dd`, arrays either as repeated keys (`creative_types`, `pin_ids`) or comma-separated
/// (`metric_types`). Nil values and nil arrays are left out.
public struct QueryParameters: Sendable {
    /// Name and value pairs in the order added, not yet percent-encoded.
    public private(set) var items: [(name: String, value: String)] = []

    public init() {}

    public mutating func add(_ name: String, _ value: String?) {
        if let value { items.append((name, value)) }
    }

    public mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    public mutating func add(_ name: String, _ value: Bool?) {
        add(name, value.map { $0 ? "true" : "false" })
    }

    public mutating func add(_ name: String, _ value: (some OpenEnum)?) {
        add(name, value?.rawValue)
    }

    /// A `format: date` parameter: the UTC day of `value`.
    public mutating func add(_ name: String, day value: Date?) {
        add(name, value.map(PinterestTimestamp.day))
    }

    /// An exploded array: `name=a&name=b`.
    public mutating func addRepeated(_ name: String, _ values: [String]?) {
        for value in values ?? [] { items.append((name, value)) }
    }

    public mutating func addRepeated(_ name: String, _ values: [some OpenEnum]?) {
        addRepeated(name, values?.map(\.rawValue))
    }

    /// A `style: form, explode: false` array: `name=a,b`.
    public mutating func addCommaSeparated(_ name: String, _ values: [some OpenEnum]?) {
        guard let values, !values.isEmpty else { return }
        items.append((name, values.map(\.rawValue).joined(separator: ",")))
    }

    /// Everything but unreserved characters is percent-encoded (bookmarks are opaque and may hold
    /// `+`, `/` or `=`), except the commas that separate `metric_types` values.
    public var percentEncoded: String {
        items.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    private static let allowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~,")

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
