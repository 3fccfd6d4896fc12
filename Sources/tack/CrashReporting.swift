import CursesTerminal
import Foundation

/// Where a crash's backtrace goes: a file beside the log, never the terminal.
///
/// The Swift runtime reads its backtracer settings (`SWIFT_BACKTRACE`) once, when the process starts, and
/// by default shows an interactive backtrace on the terminal ("Press space to interact"). So before the
/// UI starts Tack sets them (not interactive, output to `crash-<time>-<pid>.txt` beside the log) and
/// executes itself again, which keeps the process id and arguments. A `SWIFT_BACKTRACE` the user set is
/// left alone: then the runtime does what it says, and only the terminal is restored.
enum CrashReporting {
    /// Carries the crash file's path across the re-execution; removed again once read.
    static let crashFileVariable = "TACK_CRASH_FILE"
    static let backtraceVariable = "SWIFT_BACKTRACE"

    /// The crash file this process writes its backtrace to, or nil when the user's `SWIFT_BACKTRACE`
    /// decides (or re-executing failed). Re-executes the process when the settings are not in place yet,
    /// so call it before anything with an effect outside the process has started.
    static func prepare(besideLogAt logPath: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let file = environment[crashFileVariable],
            environment[backtraceVariable] == backtraceSettings(writingTo: file)
        {
            // In effect for this process; not to be inherited by anything it starts.
            unsetenv(crashFileVariable)
            unsetenv(backtraceVariable)
            return file
        }
        if environment[backtraceVariable] != nil { return nil }
        let directory = URL(fileURLWithPath: logPath).deletingLastPathComponent().path
        let file = "\(directory)/crash-\(timestamp())-\(getpid()).txt"
        // The settings are a comma-separated list: a path with a comma cannot be given.
        guard !file.contains(",") else { return nil }
        setenv(crashFileVariable, file, 1)
        setenv(backtraceVariable, backtraceSettings(writingTo: file), 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        unsetenv(crashFileVariable)
        unsetenv(backtraceVariable)
        return nil
    }

    /// Makes a crash say on standard error where its backtrace goes (then keeps standard output and error
    /// quiet, so the runtime's own message does not follow), or just that it happened.
    static func installReport(crashFile: String?) {
        if let crashFile {
            CrashGuard.install(
                reportPrefix: "tack: crashed on ", reportSuffix: "; writing the backtrace to \(crashFile)\n",
                silencingStandardOutput: true)
        } else {
            CrashGuard.install(reportPrefix: "tack: crashed on ", reportSuffix: "\n", silencingStandardOutput: false)
        }
    }

    /// Not interactive, no colour, every thread, to `file`; not symbolicated (addresses, with the list
    /// of images and their build ids to resolve them by), because symbolicating a debug build takes
    /// seconds, during which the process would hang on.
    static func backtraceSettings(writingTo file: String) -> String {
        "enable=yes,interactive=no,color=no,threads=all,symbolicate=off,output-to=\(file)"
    }

    /// 20261201T081500Z: sorts by time, and is safe in a file name.
    private static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let length = strftime(&buffer, buffer.count, "%Y%m%dT%H%M%SZ", &parts)
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
