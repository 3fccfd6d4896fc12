import Foundation
import Glibc

/// A TCP connection to the sandbox driven byte by byte, for what an HTTP client will not do: stay idle,
/// stall an upload, send malformed HTTP, watch for the server closing. The socket is non-blocking and
/// waits are short sleeps: no thread blocks on it, neither one of Swift concurrency's few threads,
/// which the server under test needs, nor a Dispatch thread (blocked ones hold up Swift's pool on Linux).
/// One test drives a connection at a time.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32
    /// Bytes received but not yet handed out (the start of a following answer).
    private var received = Data()

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { Glibc.close(descriptor) }

    /// Connects to 127.0.0.1:`port` (on loopback the handshake completes at once, accepted or not).
    static func open(port: Int) throws -> RawConnection {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let error = errno
            Glibc.close(descriptor)
            throw POSIXError(.init(rawValue: error) ?? .ECONNREFUSED)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        return RawConnection(descriptor: descriptor)
    }

    /// Sends `text` (HTTP wants `\r\n` line ends: write them). False when the server has closed.
    @discardableResult
    func send(_ text: String) async -> Bool {
        let bytes = Data(text.utf8)
        var offset = 0
        let deadline = ContinuousClock.now + .seconds(30)
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0 && [EAGAIN, EWOULDBLOCK, EINTR].contains(errno) && ContinuousClock.now < deadline {
                try? await Task.sleep(for: Self.pollInterval)
            } else {
                return false
            }
        }
        return true
    }

    /// Closes the client's side (both directions); the descriptor itself goes with the connection.
    func hangUp() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Reads one answer: its status, headers (names lowercased) and body, framed by Content-Length; an
    /// answer to HEAD has no body whatever its Content-Length says. Nil when none arrives within `timeout`.
    func readResponse(toHead: Bool = false, timeout: Duration = .seconds(10)) async -> RawResponse? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let response = RawResponse.parse(&received, toHead: toHead) { return response }
            guard let more = await receive(until: deadline), !more.isEmpty else { return nil }
            received.append(more)
        }
    }

    /// Whether the server closes the connection (the read gets end-of-file or a reset) within `timeout`.
    /// Whatever arrives before is kept for `readResponse`.
    func closesWithin(_ timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while let more = await receive(until: deadline) {
            if more.isEmpty { return true }
            received.append(more)
        }
        return false
    }

    /// The next bytes: empty at end of file or on a reset, nil when nothing arrives before `deadline`.
    private func receive(until deadline: ContinuousClock.Instant) async -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0 { return Data(buffer[..<count]) }
            guard count < 0, [EAGAIN, EWOULDBLOCK, EINTR].contains(errno) else { return Data() }
            guard ContinuousClock.now < deadline else { return nil }
            try? await Task.sleep(for: Self.pollInterval)
        }
    }

    private static let pollInterval: Duration = .milliseconds(10)
}

/// An answer read off a `RawConnection`.
struct RawResponse {
    let status: Int
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// Takes one whole answer off the front of `buffer`, or nil (leaving it) when it is not all there yet.
    static func parse(_ buffer: inout Data, toHead: Bool) -> RawResponse? {
        guard let end = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
            .components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = toHead ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        guard buffer.distance(from: end.upperBound, to: buffer.endIndex) >= length else { return nil }
        let bodyEnd = buffer.index(end.upperBound, offsetBy: length)
        let body = Data(buffer[end.upperBound..<bodyEnd])
        buffer = Data(buffer[bodyEnd...])
        return RawResponse(status: status, headers: headers, body: body)
    }
}
