import Foundation

/// Writes a line to standard error (messages for the user before or after the UI runs).
func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
