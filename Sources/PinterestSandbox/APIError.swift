import Foundation
import Hummingbird

/// An error answered with Pinterest's error body `{"code": int, "message": string}`.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let code: Int
    let message: String
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(WireError(code: code, message: message), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func invalid(_ field: String, _ problem: String) -> APIError {
        APIError(status: .badRequest, code: 1, message: "Invalid parameter '\(field)': \(problem)")
    }

    static func missing(_ field: String) -> APIError {
        APIError(status: .badRequest, code: 1, message: "Missing required parameter '\(field)'.")
    }

    static let authenticationFailed = APIError(status: .unauthorized, code: 2, message: "Authentication failed.")
    static let insufficientScopes = APIError(
        status: .unauthorized, code: 3,
        message: "Your token does not have sufficient permissions to perform this operation. "
            + "Please ensure your token is authorized with the correct set of scopes.")
    static let boardNotFound = APIError(status: .notFound, code: 40, message: "Board not found.")
    static let pinNotFound = APIError(status: .notFound, code: 50, message: "Pin not found.")
    static let sectionNotFound = APIError(
        status: .notFound, code: 2031, message: "Sorry! We couldn't find this board section.")
    static let userNotFound = APIError(status: .notFound, code: 30, message: "User not found.")
    static let websiteNotFound = APIError(status: .notFound, code: 404, message: "Website not in user list.")
    static let websiteUnverifiable = APIError(
        status: .conflict, code: 409,
        message: "Website could not be verified: the verification code was not found on it. Install it and try again.")

    /// A request that is not well-formed HTTP (a broken chunk, headers too large). Its connection is closed:
    /// nothing after the error can be told apart from the next request.
    static let malformedRequest = APIError(
        status: .badRequest, code: 1, message: "The request is not well-formed HTTP.", headers: [.connection: "close"])

    /// A body larger than `limit` bytes. Its connection is closed rather than the rest of the body read.
    static func bodyTooLarge(limit: Int) -> APIError {
        APIError(
            status: .contentTooLarge, code: 413,
            message: "The request body is larger than the sandbox takes (\(limit) bytes).", headers: [.connection: "close"])
    }

    static let bodyNotForm = APIError(
        status: .unsupportedMediaType, code: 415,
        message: "The request body must be application/x-www-form-urlencoded and say so in its Content-Type header.")

    static let bodyNotJSON = APIError(
        status: .unsupportedMediaType, code: 415,
        message: "The request body must be JSON and say so in its Content-Type header.")

    /// An error the sandbox did not expect. Its text is logged, never answered: it can hold SQL or paths.
    static let internalError = APIError(status: .internalServerError, code: 500, message: "Internal error.")

    static func rateLimited(resetSeconds: Int) -> APIError {
        APIError(
            status: .tooManyRequests, code: 8,
            message: "This request exceeded a rate limit. This can happen if the client exceeds one of the "
                + "published rate limits or if multiple write operations are applied to an object within a short time window.",
            headers: [.rateLimitReset: String(resetSeconds)])
    }
}

extension HTTPFields.Element.Name {
    /// Seconds until the rate limit resets, sent with 429 answers.
    static let rateLimitReset = Self("X-RateLimit-Reset")!
}
