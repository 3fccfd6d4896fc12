import Foundation

/// Checks of the token and base URL, made before anything is sent. Their messages never contain the token.
extension ClientConfiguration {
    /// A token as read from a file or the environment, with surrounding whitespace (a trailing newline,
    /// a Windows CR LF) removed. Throws `.missingToken` when nothing is left, `.invalidConfiguration`
    /// when what is left holds a character no bearer token has (see `tokenProblem`).
    public static func checkedToken(_ raw: String) throws(PinterestError) -> String {
        let token = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw PinterestError(kind: .missingToken, message: "The access token is empty")
        }
        if let problem = tokenProblem(token) {
            throw PinterestError(kind: .invalidConfiguration, message: problem)
        }
        return token
    }

    /// Why `token` cannot go into an `Authorization` header, or nil when it can. A bearer token is
    /// made of letters, digits and `-._~+/=` (RFC 6750's b64token); anything else, a control
    /// character above all, means the token was read wrongly. The answer names the character by
    /// its code and position, never the token.
    public static func tokenProblem(_ token: String) -> String? {
        guard !token.isEmpty else { return "The access token is empty" }
        let scalars = Array(token.unicodeScalars)
        guard let index = scalars.firstIndex(where: { !isTokenScalar($0) }) else { return nil }
        let scalar = scalars[index]
        let hint = scalar == "\r" ? " (a file saved with Windows line endings has them)" : ""
        return "The access token cannot be used: it contains \(describe(scalar)) at character \(index + 1) "
            + "of \(scalars.count)\(hint). Check where the token comes from; nothing was sent"
    }

    /// Why `url` cannot be the API root, or nil: the endpoint rules of `APIBaseURL` (http or https,
    /// a host, a port from 1 to 65535).
    public static func baseURLProblem(_ url: URL) -> String? {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true) ?? URLComponents()
        return APIBaseURL.endpointProblem(components).map { "\(url.absoluteString) is not a usable API URL: \($0)" }
    }

    /// `host:port` of the base URL, the port filled in from the scheme when the URL has none.
    var endpoint: String {
        let host = baseURL.host ?? baseURL.absoluteString
        let port = baseURL.port ?? (baseURL.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host):\(port)"
    }

    private static let tokenPunctuation: Set<Unicode.Scalar> = ["-", ".", "_", "~", "+", "/", "="]

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || tokenPunctuation.contains(scalar))
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(format: "%04X", scalar.value)
        switch scalar {
        case "\r": return "a carriage return (CR, \(code))"
        case "\n": return "a line feed (LF, \(code))"
        case "\t": return "a tab (\(code))"
        case " ": return "a space (\(code))"
        default:
            return scalar.properties.generalCategory == .control
                ? "a control character (\(code))" : "a character no token has (\(code))"
        }
    }
}
