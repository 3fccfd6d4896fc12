import ArgumentParser
import Foundation

/// Writes a line to standard error (messages for the user before or after the UI runs).
func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Says on one line of standard error why Tack will not start, and gives the exit status for that (2).
func refusal(_ reason: String) -> ExitCode {
    printToStandardError("tack: \(reason)")
    return ExitCode(2)
}
