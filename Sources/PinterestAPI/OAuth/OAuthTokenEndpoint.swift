import Foundation

/// Pinterest's token endpoint (`POST <API root>/oauth/token`): exchanges a sign-in's code for tokens and
/// a refresh token for new ones, authenticating the app with HTTP Basic. Its errors never hold the
/// app's secret, a code or a token.
public struct OAuthTokenEndpoint: Sendable {
    public let baseURL: URL
    public let app: OAuthApp
    let transport: any HTTPTransport
    let timeout: Duration
    let now: @Sendable () -> Date

    public init(
        baseURL: URL, app: OAuthApp, transport: any HTTPTransport, timeout: Duration = .seconds(30),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.baseURL = baseURL
        self.app = app
        self.transport = transport
        self.timeout = timeout
        self.now = now
    }

    /// The tokens for the code a consent gave (the `redirectURI` the sign-in used, literally).
    public func exchange(code: String, redirectURI: String) async throws(PinterestError) -> OAuthTokens {
        try await request(
            [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI),
             ("continuous_refresh", "true")],
            secrets: [code])
    }

    /// New tokens for a refresh token; the answer holds a new refresh token, and the old one may die.
    public func refresh(_ refreshToken: String) async throws(PinterestError) -> OAuthTokens {
        do {
            return try await request([("grant_type", "refresh_token"), ("refresh_token", refreshToken)], secrets: [refreshToken])
        } catch where error.status == 400 {
            throw PinterestError(
                kind: .signInEnded, status: 400, code: error.code,
                message: "The sign-in has ended: Pinterest no longer takes its refresh token", operation: Self.operation)
        }
    }

    /// Asks Pinterest to forget a token. Pinterest revokes only system users' tokens today, so a refusal
    /// is reported, not hidden.
    public func revoke(_ token: String) async throws(PinterestError) {
        _ = try await send(path: "/oauth/token/revoke", [("token", token)], secrets: [token])
    }

    static let operation = "oauth/token"

    private func request(_ form: [(String, String)], secrets: [String]) async throws(PinterestError) -> OAuthTokens {
        let response = try await send(path: "/oauth/token", form, secrets: secrets)
        guard let answer = try? JSONDecoder().decode(TokenAnswer.self, from: response.body) else {
            throw PinterestError(kind: .decoding, message: "The token endpoint's answer is not a token", operation: Self.operation)
        }
        let issued = now()
        return OAuthTokens(
            accessToken: answer.accessToken, issuedAt: issued, accessTokenExpiresAt: issued.addingTimeInterval(TimeInterval(answer.expiresIn)),
            refreshToken: answer.refreshToken,
            refreshTokenExpiresAt: answer.refreshTokenExpiresIn.map { issued.addingTimeInterval(TimeInterval($0)) },
            scopes: answer.scope.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init))
    }

    private func send(path: String, _ form: [(String, String)], secrets: [String]) async throws(PinterestError) -> HTTPResponse {
        let redactors = ([app.clientSecret] + secrets).map(TokenRedactor.init(token:))
        func redacted(_ error: PinterestError) -> PinterestError { redactors.reduce(error) { $1.redact($0) } }
        let credentials = Data("\(app.clientId):\(app.clientSecret)".utf8).base64EncodedString()
        let body = form.map { "\($0)=\(FormEncoding.escape($1))" }.joined(separator: "&")
        let request = HTTPRequest(
            method: .post, url: baseURL.appending(path: String(path.dropFirst())),
            headers: [
                ("Authorization", "Basic \(credentials)"), ("Content-Type", "application/x-www-form-urlencoded"),
                ("Accept", "application/json"),
            ],
            body: Data(body.utf8), timeout: timeout)
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch {
            throw redacted(PinterestError(
                kind: .network, message: "Could not reach \(baseURL.host() ?? baseURL.absoluteString) to sign in",
                operation: Self.operation, technicalDetail: String(describing: error)))
        }
        guard (200..<300).contains(response.status) else {
            let body = try? JSONDecoder().decode(APIErrorBody.self, from: response.body)
            let message = response.status == 401
                ? "Pinterest refused the app's id or secret (check \(OAuthApp.clientIdVariable) and \(OAuthApp.clientSecretVariable))"
                : body?.message ?? "HTTP \(response.status)"
            throw redacted(PinterestError(
                kind: .http, status: response.status, code: body?.code,
                message: message, operation: Self.operation))
        }
        return response
    }

    private struct TokenAnswer: Decodable {
        let accessToken: String
        let expiresIn: Int
        let scope: String
        let refreshToken: String?
        let refreshTokenExpiresIn: Int?

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token", expiresIn = "expires_in", scope, refreshToken = "refresh_token"
            case refreshTokenExpiresIn = "refresh_token_expires_in"
        }
    }
}

/// `application/x-www-form-urlencoded` escaping: everything but unreserved characters as `%XX`.
enum FormEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
