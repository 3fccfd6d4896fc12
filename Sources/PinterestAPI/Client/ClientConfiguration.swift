import Foundation
import Logging

/// Where the client connects and with which token. Its descriptions never show the token.
/// Both are checked before each request (`ClientConfiguration+Checks.swift`): a token holding a
/// control character or a URL without a host is refused with an error, and nothing is sent.
public struct ClientConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public static let productionBaseURL = URL(string: "https://api.pinterest.com/v5")!
    public static let sandboxBaseURL = URL(string: "https://api-sandbox.pinterest.com/v5")!
    /// The environment variable `fromEnvironment` reads the token from.
    public static let accessTokenVariable = "PINTEREST_ACCESS_TOKEN"

    /// The API root including `/v5`, e.g. `http://127.0.0.1:8080/v5` for the local sandbox.
    public var baseURL: URL
    /// The bearer token; `init` removes surrounding whitespace (a trailing newline from a file).
    public var accessToken: String
    /// Where the token comes from instead, when it changes as the client runs (a refreshing sign-in).
    public var tokenSource: (any AccessTokenSource)?
    /// The longest a single attempt may take.
    public var requestTimeout: Duration
    public var retryPolicy: RetryPolicy
    /// Receives debug-level request logs (operation, method, path, status, attempt); never the token.
    public var logger: Logger

    public init(
        baseURL: URL = Self.productionBaseURL,
        accessToken: String,
        tokenSource: (any AccessTokenSource)? = nil,
        requestTimeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = .standard,
        logger: Logger = Logger(label: "tack.pinterest-api")
    ) {
        self.baseURL = baseURL
        self.accessToken = accessToken.trimmingCharacters(in: .whitespacesAndNewlines)
        self.tokenSource = tokenSource
        self.requestTimeout = requestTimeout
        self.retryPolicy = retryPolicy
        self.logger = logger
    }

    /// The base URL of a sandbox server on this machine.
    public static func localBaseURL(port: Int, host: String = "127.0.0.1") -> URL {
        URL(string: "http://\(host):\(port)/v5")!
    }

    /// A configuration whose token comes from `PINTEREST_ACCESS_TOKEN`, surrounding whitespace removed.
    /// Throws a `PinterestError` of kind `.missingToken` when the variable is unset or blank, and of
    /// kind `.invalidConfiguration` when the token holds a control character (see `checkedToken`).
    public static func fromEnvironment(
        baseURL: URL = Self.productionBaseURL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PinterestError) -> ClientConfiguration {
        guard let raw = environment[accessTokenVariable], !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PinterestError(
                kind: .missingToken,
                message: "\(accessTokenVariable) is not set: export a Pinterest access token or run with --demo")
        }
        return ClientConfiguration(baseURL: baseURL, accessToken: try checkedToken(raw))
    }

    public var description: String {
        "ClientConfiguration(baseURL: \(baseURL.absoluteString), accessToken: \(Self.redacted(accessToken)), "
            + "requestTimeout: \(requestTimeout), maxAttempts: \(retryPolicy.maxAttempts))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: [
            "baseURL": baseURL,
            "accessToken": Self.redacted(accessToken),
            "requestTimeout": requestTimeout,
            "maxAttempts": retryPolicy.maxAttempts,
        ])
    }

    private static func redacted(_ token: String) -> String {
        token.isEmpty ? "<none>" : "<redacted>"
    }
}
