/// Why a request got no HTTP answer, in terms a person can act on. Transports classify their own
/// errors into these; the client turns them into sentences naming the host and port.
public enum ConnectionProblem: Sendable, Hashable {
    /// Nothing listens on the port.
    case refused
    /// The host name does not resolve.
    case hostNotFound
    /// The connection attempt got no answer in time.
    case connectTimedOut
    /// No route to the host or its network.
    case unreachable
    /// The server answered the TLS handshake with something else: plain HTTP on an https:// URL.
    case notTLS
    /// The answer was not HTTP (an https:// server asked for with http://, something else on the port).
    case notHTTP
    /// The TLS handshake failed for another reason (an untrusted certificate, a name mismatch).
    case tlsFailed
    /// The server closed the connection before its answer was complete.
    case closedBeforeAnswer
    /// The connection was reset.
    case reset
    /// The URL cannot be requested (no host, an unknown scheme): nothing was sent.
    case invalidURL
    /// Anything else.
    case other

    /// Whether the request certainly never reached the server, so repeating it cannot apply it twice.
    public var requestNeverSent: Bool {
        switch self {
        case .refused, .hostNotFound, .connectTimedOut, .unreachable, .notTLS, .tlsFailed, .invalidURL: true
        case .notHTTP, .closedBeforeAnswer, .reset, .other: false
        }
    }

    /// Whether the base URL is wrong (https:// to a plain HTTP server or the reverse, no host): no
    /// retry can help.
    public var isConfigurationMistake: Bool {
        self == .notTLS || self == .notHTTP || self == .invalidURL
    }

    /// What happened, and for a failure to connect what to check, naming `endpoint` (`host:port`).
    func sentence(endpoint: String) -> String {
        switch self {
        case .refused: "Could not connect to \(endpoint): connection refused. Is the server running?"
        case .hostNotFound:
            "Could not connect to \(endpoint): the host name was not found. Check the API URL and the network"
        case .connectTimedOut:
            "Could not connect to \(endpoint): no answer to the connection attempt. Check the network and the API URL"
        case .unreachable: "Could not connect to \(endpoint): the network is unreachable. Check the network"
        case .notTLS: "\(endpoint) does not speak HTTPS (TLS handshake failed): use http:// for a local sandbox"
        case .notHTTP:
            "\(endpoint) did not answer in HTTP: check the API URL (an HTTPS server needs https://)"
        case .tlsFailed:
            "Could not open a secure connection to \(endpoint) (TLS handshake failed): check the API URL and the system's certificates"
        case .closedBeforeAnswer: "The connection to \(endpoint) closed before the answer arrived"
        case .reset: "The connection to \(endpoint) was reset before the answer arrived"
        case .invalidURL: "Cannot send a request to \(endpoint): the API URL is not valid"
        case .other: "The connection to \(endpoint) failed"
        }
    }
}
