import CNcursesw
import Glibc

/// What a crash does before the process ends: put the terminal back and say so on standard error.
///
/// The work happens in a C signal handler for SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP and
/// SIGQUIT (see `CNcursesw/shim.h`): it restores the attached terminal, writes the report line, runs the
/// handler that was installed before it (the Swift runtime's backtracer) and then ends the process with
/// the signal's default action, even when that handler returned. This is the only file that calls the
/// shim's crash functions, whose state is static.
public enum CrashGuard {
    /// Installs the handlers (once). A crash writes `"<reportPrefix><SIGNAME><reportSuffix>"` to standard
    /// error; with `silencingStandardOutput`, standard output and error then go to /dev/null, so that
    /// the Swift runtime's own crash message does not follow (when its backtrace goes to a file).
    public static func install(reportPrefix: String, reportSuffix: String, silencingStandardOutput: Bool) {
        tack_crash_set_report(reportPrefix, reportSuffix, silencingStandardOutput ? 1 : 0)
        tack_crash_install()
    }

    /// From now on a crash sets the terminal on `descriptor` back to `termios` and writes `restore` to it
    /// (the terminal's own sequences for leaving full-screen mode). Installs the handlers if needed.
    static func attachTerminal(descriptor: Int32, termios saved: termios, restore: String) {
        var saved = saved
        tack_crash_install()
        tack_crash_attach_terminal(descriptor, &saved, restore)
    }

    /// A crash no longer touches the terminal (it has been put back already).
    static func detachTerminal() {
        tack_crash_detach_terminal()
    }
}
