import Foundation

/// One API operation as data: how to call it, the scopes it needs, and what the docs say each
/// error status means for it. The catalog is in `OperationDescriptor+Catalog.swift`.
public struct OperationDescriptor: Sendable, Hashable {
    /// The spec's operationId, e.g. `board_sections/create`.
    public let id: String
    public let method: HTTPMethod
    /// The path below the base URL with `{name}` placeholders, e.g. `/boards/{board_id}/sections`.
    public let pathTemplate: String
    /// The OAuth scopes a user token needs, all of them.
    public let requiredScopes: [String]
    /// The documented meaning of each error status, phrased for the user.
    public let errorMeanings: [Int: String]

    init(
        _ id: String, _ method: HTTPMethod, _ pathTemplate: String,
        scopes: [String], errors: [Int: String] = [:]
    ) {
        self.id = id
        self.method = method
        self.pathTemplate = pathTemplate
        self.requiredScopes = scopes
        self.errorMeanings = errors
    }

    /// What an error status means for this operation, as documented; for an undocumented 404 of a path
    /// that names no object (`/boards`, `/user_account`), that nothing serves the API at that address.
    public func meaning(ofStatus status: Int) -> String? {
        if let documented = errorMeanings[status] { return documented }
        guard status == 404, !pathTemplate.contains("{") else { return nil }
        return Self.noAPIHere
    }

    /// A 404 where no missing object can explain it: the API root is wrong.
    public static let noAPIHere = "nothing serves the API at this address: check the API root (--api or api_base_url)"

    /// The path with each `{name}` replaced by its percent-encoded value.
    /// A placeholder without a value is a programming error.
    public func path(_ parameters: [String: String] = [:]) -> String {
        var path = pathTemplate
        for (name, value) in parameters {
            let placeholder = "{\(name)}"
            precondition(path.contains(placeholder), "\(id) has no path parameter \(name)")
            path = path.replacingOccurrences(of: placeholder, with: Self.encodePathSegment(value))
        }
        precondition(!path.contains("{"), "\(id): missing path parameter in \(path)")
        return path
    }

    private static let pathSegmentAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    private static func encodePathSegment(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: pathSegmentAllowed) ?? value
    }
}
