import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// How the errors of AsyncHTTPClient, NIO and BoringSSL map to `TransportFailure`.
extension AsyncHTTPClientTransport {
    /// The failure to throw for `error`: a timeout, a classified connection problem carrying the
    /// error's own description as detail, or `CancellationError`.
    static func failure(for error: any Error) -> any Error {
        if error is CancellationError { return CancellationError() }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled: return CancellationError()
            case .deadlineExceeded, .readTimeout, .writeTimeout: return TransportFailure.timedOut
            default: break
            }
        }
        return TransportFailure.failed(problem(for: error), detail: String(describing: error))
    }

    static func problem(for error: any Error) -> ConnectionProblem {
        switch error {
        case let error as HTTPClientError: problem(for: error)
        case let error as NIOConnectionError: problem(for: error)
        case let error as IOError: problem(errno: error.errnoCode)
        case let error as ChannelError: problem(for: error)
        case is SocketAddressError.UnknownHost: .hostNotFound
        case is HTTPParserError: .notHTTP
        default: isTLSError(error) ? tlsProblem(error) : .other
        }
    }

    private static func problem(for error: HTTPClientError) -> ConnectionProblem {
        switch error {
        case .connectTimeout, .getConnectionFromPoolTimeout: .connectTimedOut
        case .tlsHandshakeTimeout: .tlsFailed
        case .remoteConnectionClosed: .closedBeforeAnswer
        case .invalidURL, .emptyHost, .emptyScheme: .invalidURL
        default: String(describing: error).contains("unsupportedScheme") ? .invalidURL : .other
        }
    }

    /// A failure to connect: the DNS error when no address was found, else the most telling of
    /// the errors of the addresses tried (a refusal over anything else).
    private static func problem(for error: NIOConnectionError) -> ConnectionProblem {
        let attempts = error.connectionErrors.map { problem(for: $0.error) }
        if attempts.isEmpty { return error.dnsAError != nil || error.dnsAAAAError != nil ? .hostNotFound : .other }
        return attempts.contains(.refused) ? .refused : attempts[0]
    }

    private static func problem(for error: ChannelError) -> ConnectionProblem {
        switch error {
        case .connectTimeout: .connectTimedOut
        case .writeHostUnreachable: .unreachable
        case .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed, .eof: .closedBeforeAnswer
        default: .other
        }
    }

    private static func problem(errno: Int32) -> ConnectionProblem {
        switch errno {
        case ECONNREFUSED: .refused
        case ENETUNREACH, EHOSTUNREACH, ENETDOWN, EHOSTDOWN: .unreachable
        case ECONNRESET, EPIPE, ECONNABORTED: .reset
        case ETIMEDOUT: .connectTimedOut
        default: .other
        }
    }

    /// NIOSSL's errors, recognised by their module so the client needs no TLS dependency of its own.
    private static func isTLSError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("NIOSSL.")
    }

    /// BoringSSL reports a plain HTTP answer to its handshake as a wrong version number; a TLS peer
    /// that hangs up without closing TLS is a connection closed early.
    private static func tlsProblem(_ error: any Error) -> ConnectionProblem {
        let description = String(describing: error)
        if description.contains("WRONG_VERSION_NUMBER") || description.contains("HTTP_REQUEST") { return .notTLS }
        if description.contains("uncleanShutdown") { return .closedBeforeAnswer }
        return .tlsFailed
    }
}
