import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A TCP listener on 127.0.0.1 that misbehaves on purpose, for the client's connection failures.
/// Accepts on its own thread until `stop()`, which never blocks (tests run on the cooperative pool):
/// it shuts the sockets down, and the accept thread closes them as it ends.
final class LoopbackListener: @unchecked Sendable {
    enum Behaviour {
        /// Closes each connection as soon as it is accepted.
        case closeAtOnce
        /// Reads the request, then closes the connection without answering.
        case closeAfterRequest
        /// Reads the request and keeps the connection open, never answering.
        case neverAnswer
    }

    let port: Int
    private let listening: Int32
    private let behaviour: Behaviour
    private let lock = NSLock()
    private var held: [Int32] = []
    private var stopped = false

    init(_ behaviour: Behaviour) throws {
        self.behaviour = behaviour
        (listening, port) = try Self.listen()
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// A loopback port nothing listens on: bound and released, so no one else took it in between
    /// unless by a very unlikely chance.
    static func closedPort() throws -> Int {
        let (socket, port) = try listen()
        close(socket)
        return port
    }

    func stop() {
        let connections = lock.withLock {
            stopped = true
            return held
        }
        connections.forEach { shutdown($0, Int32(SHUT_RDWR)) }
        shutdown(listening, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        defer {
            lock.withLock { held }.forEach { close($0) }
            close(listening)
        }
        while true {
            let connection = accept(listening, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            if lock.withLock({ stopped }) {
                close(connection)
                return
            }
            switch behaviour {
            case .closeAtOnce:
                close(connection)
            case .closeAfterRequest:
                Self.readRequest(connection)
                shutdown(connection, Int32(SHUT_WR))
                close(connection)
            case .neverAnswer:
                let kept = lock.withLock {
                    if !stopped { held.append(connection) }
                    return !stopped
                }
                guard kept else {
                    close(connection)
                    return
                }
                Self.readRequest(connection)
            }
        }
    }

    /// Reads one request's head and as much body as its Content-Length announces, so closing the
    /// socket afterwards sends a clean FIN rather than a reset.
    private static func readRequest(_ connection: Int32) {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let headEnd = received.range(of: Data("\r\n\r\n".utf8)) {
                let head = String(decoding: received[..<headEnd.lowerBound], as: UTF8.self).lowercased()
                let length = head.split(separator: "\r\n")
                    .first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if received.count - headEnd.upperBound >= length { return }
            }
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            received.append(buffer, count: count)
        }
    }

    private static func listen() throws -> (socket: Int32, port: Int) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ListenerError(call: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && Glibc.listen(socket, 16) == 0
                    && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else {
            close(socket)
            throw ListenerError(call: "bind")
        }
        return (socket, Int(UInt16(bigEndian: address.sin_port)))
    }
}

struct ListenerError: Error {
    let call: String
}
