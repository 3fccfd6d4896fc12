import CursesTerminal
import Foundation
import TackCore

/// Copies through the terminal (OSC 52) and opens links with the desktop's opener (`xdg-open`).
struct TerminalHostActions: HostActions {
    let terminal: CursesTerminal

    func perform(_ request: HostRequest) async throws {
        switch request {
        case .copy(let text, _):
            terminal.copyToClipboard(text)
        case .open(let link):
            try await Self.open(link)
        }
    }

    /// Runs `xdg-open LINK` with its output discarded; throws when it cannot start or fails.
    private static func open(_ link: String) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", link]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: HostRequestError("cannot run xdg-open: \(error.localizedDescription)"))
            }
        }
        guard status == 0 else { throw HostRequestError("xdg-open failed (exit status \(status))") }
    }
}
