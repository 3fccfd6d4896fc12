import Foundation
import Hummingbird

/// Pinterest's OAuth endpoints: the authorize page at `/oauth/` (as www.pinterest.com/oauth/ is), where
/// the sandbox's user consents with one click, and the token endpoint at `/v5/oauth/token` with both
/// grants and HTTP Basic client authentication, plus token revocation.
struct OAuthRoutes {
    let authority: OAuthAuthority

    /// Paths that authenticate the app, not a user: no bearer token is asked of them.
    static func isOAuthPath(_ path: String) -> Bool {
        path.hasPrefix("/oauth") || path.hasPrefix("/v5/oauth")
    }

    func register(on router: Router<SandboxRequestContext>, v5: SandboxRouter) {
        router.get("oauth") { request, _ in try await authorize(QueryParameters(request)) }
        v5.post("oauth/token") { request, _ in
            try await authenticateClient(request)
            let form = try await OAuthForm(request)
            let tokens: OAuthTokenResponse
            switch OAuthGrant(rawValue: try form.required("grant_type")) {
            case .authorizationCode:
                tokens = try await authority.exchange(
                    code: try form.required("code"), redirectURI: try form.required("redirect_uri"))
            case .refreshToken:
                tokens = try await authority.refresh(
                    try form.required("refresh_token"), scopes: form.string("scope").map(OAuthScopes.parse))
            case nil:
                throw APIError.invalid("grant_type", "must be authorization_code or refresh_token.")
            }
            return try JSONResponse.make(tokens)
        }
        v5.post("oauth/token/revoke") { request, _ in
            try await authenticateClient(request)
            _ = await authority.revoke(try await OAuthForm(request).required("token"))
            return Response(status: .ok)
        }
    }

    /// The consent page, or (once the user chose with `decision=allow|deny`) the redirect back to the app.
    /// An unknown app or an unregistered redirect address is answered here, never redirected to.
    private func authorize(_ query: QueryParameters) async throws -> Response {
        let app = authority.app
        let clientId = query.string("client_id") ?? query.string("consumer_id")
        guard let clientId, clientId == app.clientId else {
            return ConsentPage.refusal("No app with the id \(clientId ?? "(none)") is registered.")
        }
        guard let redirectURI = query.string("redirect_uri"), app.redirectURIs.contains(redirectURI) else {
            return ConsentPage.refusal(
                "The redirect address \(query.string("redirect_uri") ?? "(none)") is not registered for this app.")
        }
        let state = query.string("state")
        guard query.string("response_type") == "code" else {
            return Self.redirect(to: redirectURI, with: [("error", "unsupported_response_type"), ("state", state)])
        }
        let scopes = OAuthScopes.parse(query.string("scope") ?? "")
        switch query.string("decision") {
        case "allow":
            let code = await authority.issueCode(redirectURI: redirectURI, scopes: scopes)
            return Self.redirect(to: redirectURI, with: [("code", code), ("state", state)])
        case "deny":
            return Self.redirect(to: redirectURI, with: [("error", "access_denied"), ("state", state)])
        default:
            let request = [
                ("client_id", clientId), ("redirect_uri", redirectURI), ("response_type", "code"),
                ("scope", scopes.joined(separator: ",")), ("state", state ?? ""),
            ]
            return ConsentPage.consent(clientId: clientId, scopes: scopes, request: request)
        }
    }

    private func authenticateClient(_ request: Request) async throws {
        guard let credentials = BasicCredentials(request.headers[.authorization]),
            credentials.user == authority.app.clientId, credentials.password == authority.app.clientSecret
        else { throw APIError.authenticationFailed }
    }

    private static func redirect(to address: String, with parameters: [(String, String?)]) -> Response {
        let query = parameters.compactMap { name, value in value.map { "\(name)=\(FormEncoding.escape($0))" } }
        let separator = address.contains("?") ? "&" : "?"
        return Response(status: .found, headers: [.location: address + separator + query.joined(separator: "&")])
    }
}

/// A scope list as written in requests (comma-separated in the authorize URL, space-separated in answers).
enum OAuthScopes {
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "+" }).map(String.init)
    }
}

/// `Authorization: Basic base64(user:password)`.
struct BasicCredentials {
    let user: String
    let password: String

    init?(_ header: String?) {
        guard let header, header.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        user = String(text[..<colon])
        password = String(text[text.index(after: colon)...])
    }
}
