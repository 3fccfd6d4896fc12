/// Why an export or import could not go on, beyond the API's own errors (`PinterestError`).
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// A file of the export that does not hold what it should.
    case unreadable(String)
    /// The directory holds no export (no manifest): not finished, or not an export.
    case notAnExport(String)

    public var description: String {
        switch self {
        case .unreadable(let what): "the export holds something that is not \(what)"
        case .notAnExport(let path): "\(path) holds no finished export (no manifest.json): run tack export into it first"
        }
    }
}
