import TerminalCanvas

/// One labelled value of the detail pane and the pin view.
public struct DetailField: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        /// One line, truncated with an ellipsis when too long.
        case text(String)
        /// Wrapped over as many lines as it needs (descriptions, alt text).
        case paragraph(String)
        /// A block in `color` followed by `text` (the pin's dominant colour).
        case swatch(Color, String)
    }

    public var label: String
    public var value: Value

    public init(_ label: String, _ value: Value) {
        self.label = label
        self.value = value
    }

    /// A one-line field, or nil when there is no value (so absent API fields take no room).
    public static func text(_ label: String, _ value: String?) -> DetailField? {
        guard let value, !value.isEmpty else { return nil }
        return DetailField(label, .text(value))
    }

    /// A wrapped field, or nil when there is no value.
    public static func paragraph(_ label: String, _ value: String?) -> DetailField? {
        guard let value, !TrimmedText.isBlank(value) else { return nil }
        return DetailField(label, .paragraph(value))
    }
}
