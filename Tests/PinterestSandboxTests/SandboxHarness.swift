import AsyncHTTPClient
import Foundation
import PinterestSandbox

/// A sandbox server on a free loopback port and a way to call it, for one test.
struct Sandbox {
    static let token = "pina_test_token"
    let server: SandboxServer

    /// Starts a server, runs `body` against it, and stops it whatever happens.
    static func with(
        _ configuration: SandboxConfiguration = SandboxConfiguration(), _ body: (Sandbox) async throws -> Void
    ) async throws {
        let sandbox = Sandbox(server: try await SandboxServer.start(configuration))
        do {
            try await body(sandbox)
            await sandbox.server.stop()
        } catch {
            await sandbox.server.stop()
            throw error
        }
    }

    /// Calls `METHOD /v5<path>` with a JSON body (given as a JSON string) and the test token unless told otherwise.
    func call(
        _ method: String, _ path: String, json: String? = nil, token: String? = Sandbox.token
    ) async throws -> Reply {
        var headers: [(String, String)] = []
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        if json != nil { headers.append(("Content-Type", "application/json")) }
        return try await send(method, server.baseURL.absoluteString + path, body: json, headers: headers)
    }

    /// Sends `METHOD url` as given, without following a redirect: its answer is the reply.
    func send(
        _ method: String, _ url: String, body: String? = nil, headers: [(String, String)] = []
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(Array(body.utf8)) }
        let response = try await Self.client.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 32 << 20)
        return Reply(
            status: Int(response.status.code), headers: response.headers.map { ($0.name.lowercased(), $0.value) },
            body: Data(buffer.readableBytesView))
    }

    /// `http://host:port`, the server's root (the authorize page lives there, as Pinterest's does).
    var root: String { server.baseURL.absoluteString.replacingOccurrences(of: "/v5", with: "") }

    /// One client for every test, which answers redirects instead of following them.
    private static let client = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))

    func get(_ path: String) async throws -> Reply { try await call("GET", path) }

    /// Every item of a paginated list, following bookmarks, and how many pages it took.
    func all(_ path: String, pageSize: Int) async throws -> (items: [[String: Any]], pages: Int) {
        var items: [[String: Any]] = [], pages = 0, bookmark: String?
        repeat {
            var url = path + (path.contains("?") ? "&" : "?") + "page_size=\(pageSize)"
            if let bookmark { url += "&bookmark=" + bookmark.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }
            let reply = try await get(url)
            guard reply.status == 200 else { throw Failure("page \(pages) of \(path) answered \(reply.status)") }
            items += reply.items
            bookmark = reply.object["bookmark"] as? String
            pages += 1
        } while bookmark != nil
        return (items, pages)
    }

    /// The id of the first board of the account whose name contains `fragment`.
    func boardId(named fragment: String) async throws -> String {
        let boards = try await all("/boards", pageSize: 250).items
        guard let board = boards.first(where: { ($0["name"] as? String)?.contains(fragment) == true }) else {
            throw Failure("no board named \(fragment)")
        }
        return board["id"] as! String
    }
}

/// An answer of the sandbox.
struct Reply {
    let status: Int
    let headers: [(String, String)]
    let body: Data

    var json: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
    var message: String { object["message"] as? String ?? "" }
    var code: Int? { object["code"] as? Int }

    func header(_ name: String) -> String? {
        headers.first { $0.0 == name.lowercased() }?.1
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `YYYY-MM-DD` of today plus `offset` days, in UTC.
func isoDay(_ offset: Int) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
}
