import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` request body, as the token endpoint takes.
struct OAuthForm {
    private let fields: [String: String]

    init(_ request: Request) async throws {
        let buffer = try await request.body.collect(upTo: .max)
        var fields: [String: String] = [:]
        for pair in String(buffer: buffer).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = FormEncoding.unescape(parts[0]) else { throw APIError.malformedForm }
            guard let value = FormEncoding.unescape(parts.count > 1 ? parts[1] : "") else { throw APIError.malformedForm }
            fields[name] = value
        }
        self.fields = fields
    }

    func string(_ name: String) -> String? { fields[name] }

    func required(_ name: String) throws -> String {
        guard let value = fields[name], !value.isEmpty else { throw APIError.missing(name) }
        return value
    }
}

/// Form encoding's escapes: `+` for a space, `%XX` for the rest of what is not unreserved.
enum FormEncoding {
    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func unescape(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

extension APIError {
    static let malformedForm = APIError(status: .badRequest, code: 1, message: "The form body is not well-formed.")
}
