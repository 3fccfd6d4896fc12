import Foundation

/// The server's side of its TCP connections, as the kernel lists them in /proc/net/tcp: the sockets
/// whose local port is the server's.
enum ServerSockets {
    private struct Entry {
        let state: String
        let unreadBytes: Int
    }

    /// How many connections to `port` the server still holds open: established ones and those whose
    /// client has closed while the server has not (CLOSE_WAIT, the state a leaked descriptor stays in).
    static func heldOpen(port: Int) -> Int {
        let established = "01", closeWait = "08"
        return entries(port: port).filter { [established, closeWait].contains($0.state) }.count
    }

    /// Bytes that clients sent to `port` and the server has not read yet.
    static func unreadBytes(port: Int) -> Int {
        entries(port: port).map(\.unreadBytes).reduce(0, +)
    }

    private static func entries(port: Int) -> [Entry] {
        guard let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) else { return [] }
        let local = String(format: ":%04X", port)
        // sl local_address rem_address st tx_queue:rx_queue ...
        return table.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count > 4, fields[1].hasSuffix(local) else { return nil }
            let queues = fields[4].split(separator: ":")
            return Entry(state: String(fields[3]), unreadBytes: queues.count == 2 ? Int(queues[1], radix: 16) ?? 0 : 0)
        }
    }
}
