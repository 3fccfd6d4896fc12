import Foundation

enum ProcessState {
    /// Whether `pid` is alive: it exists and is not a zombie waiting to be reaped
    /// (a dead child of a killed tmux server can linger as one).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        else { return false }
        return stat[afterName.upperBound...].first != "Z"
    }

    /// The process's /proc status, for failure messages.
    static func describe(_ pid: Int32) -> String {
        (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?
            .split(separator: "\n").filter { $0.hasPrefix("State") || $0.hasPrefix("PPid") }.joined(separator: ", ")
            ?? "gone"
    }

    /// The ids of `pid`'s child processes, or nil when they cannot be read.
    static func children(of pid: Int32) -> [Int32]? {
        (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8))?
            .split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
