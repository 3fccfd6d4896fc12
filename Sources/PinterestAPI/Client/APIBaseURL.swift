import Foundation

/// The rules an API base URL must meet before any request is made with it.
///
/// An API root is an `http` or `https` URL with a host, an optional port in 1…65535, no user name,
/// password, query or fragment, and a path whose last segment is the API version, `v` and digits
/// (`https://api.pinterest.com/v5`, `http://127.0.0.1:8085/v5`, `https://example.com/pinterest/v5/`).
public enum APIBaseURL {
    /// Why a text is not an API root; the description is a sentence for the user and never repeats the
    /// URL (the caller says where it came from).
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static let example = "https://api.pinterest.com/v5"

    /// `text` as a URL, or the first rule it breaks.
    public static func parse(_ text: String) throws(Problem) -> URL {
        guard text.contains("://") else {
            throw Problem(description: "it has no scheme: write http:// or https:// in front, e.g. \(example)")
        }
        guard let components = URLComponents(string: text), let url = components.url else {
            throw Problem(description: "it is not a valid URL, e.g. \(example)")
        }
        if let problem = endpointProblem(components) { throw problem }
        guard components.user == nil, components.password == nil else {
            throw Problem(description: "it must not hold a user name or password (the token is sent as a header)")
        }
        guard components.query == nil, components.fragment == nil else {
            throw Problem(description: "it must not have a query (?…) or fragment (#…)")
        }
        let lastSegment = components.path.split(separator: "/").last ?? ""
        guard lastSegment.count > 1, lastSegment.first == "v", lastSegment.dropFirst().allSatisfy(\.isASCIIDigit) else {
            throw Problem(description: "its path must end in the API version, as in \(example)")
        }
        return url
    }

    /// The rules a URL must meet for any request to be sent with it at all (the client checks these
    /// before sending; AsyncHTTPClient traps on a port beyond 16 bits): http or https, a host, a port
    /// in 1…65535.
    public static func endpointProblem(_ components: URLComponents) -> Problem? {
        guard let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            let scheme = components.scheme.map { "not \($0)://" } ?? "write http:// or https:// in front"
            return Problem(description: "Tack speaks only http and https, \(scheme)")
        }
        guard let host = components.host, !host.isEmpty else {
            return Problem(description: "it has no host, e.g. \(example)")
        }
        if let port = components.port, !(1...65535).contains(port) {
            return Problem(description: "the port \(port) is out of range (1-65535)")
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
