import Foundation
import Testing

/// Compares `text` with the committed snapshot `__Snapshots__/<name>.txt` beside this file.
///
/// A missing snapshot, or any snapshot while `TACK_RECORD_SNAPSHOTS=1` is set, is written from `text`
/// and the test fails, so that every recorded snapshot is reviewed and the test rerun.
func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = snapshotDirectory.appendingPathComponent("\(name).txt")
    let recording = ProcessInfo.processInfo.environment["TACK_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
            try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(file.path): review it, then rerun the test", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
    guard expected != text else { return }
    Issue.record(
        "Snapshot \(name) differs\n\(firstDifference(expected: expected, actual: text))",
        sourceLocation: sourceLocation
    )
}

private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")

/// The first line that differs, expected above actual, for the failure message.
private func firstDifference(expected: String, actual: String) -> String {
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? expectedLines[index] : "<no line>"
        let got = index < actualLines.count ? actualLines[index] : "<no line>"
        if want != got {
            return "line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n--- actual screen ---\n\(actual)"
        }
    }
    return ""
}
