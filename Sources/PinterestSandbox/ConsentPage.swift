import Hummingbird

/// The sandbox's stand-in for Pinterest's consent screen: what the app asks for, and two links that
/// answer for the user. Everything shown is escaped.
enum ConsentPage {
    static func consent(clientId: String, scopes: [String], request: [(String, String)]) -> Response {
        let query = request.map { "\($0)=\(FormEncoding.escape($1))" }.joined(separator: "&")
        let items = scopes.map { "<li>\(escape($0))</li>" }.joined()
        return page(status: .ok, body: """
            <h1>Sign in to the Pinterest sandbox</h1>
            <p>The app <b>\(escape(clientId))</b> asks to:</p>
            <ul>\(items.isEmpty ? "<li>(no scopes)</li>" : items)</ul>
            <p><a id="allow" href="/oauth/?\(escape(query))&amp;decision=allow">Allow</a>
            <a id="deny" href="/oauth/?\(escape(query))&amp;decision=deny">Deny</a></p>
            """)
    }

    /// An authorize request that cannot go back to any app: said here, as Pinterest does.
    static func refusal(_ reason: String) -> Response {
        page(status: .badRequest, body: "<h1>This sign-in link does not work</h1><p>\(escape(reason))</p>")
    }

    private static func page(status: HTTPResponse.Status, body: String) -> Response {
        let html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Pinterest sandbox</title></head><body>"
            + body + "</body></html>"
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
