/// An item a script command prints: as a table row (or, alone, as "heading: value" lines), and as
/// JSON through its Codable form, which uses the API's field names.
protocol TableRow: Encodable, Sendable {
    /// The column headings, in the order of `cells`.
    static var columns: [String] { get }
    var cells: [String] { get }
}

extension Optional {
    /// The value as a table cell, "" when absent.
    var cell: String {
        switch self {
        case .some(let value): "\(value)"
        case .none: ""
        }
    }
}
