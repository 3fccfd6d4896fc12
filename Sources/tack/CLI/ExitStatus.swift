import ArgumentParser

/// The exit statuses of the script commands, as `tack --help` and the README document them.
enum ExitStatus: Int32 {
    case success = 0
    /// The API answered with an error (its message and Pinterest's code are on standard error).
    case apiError = 1
    /// The command line or a value given to it is wrong; nothing was sent.
    case usage = 2
    /// Not signed in, the token was refused, or it lacks a scope the operation needs.
    case authentication = 3
    /// Still rate limited after the client's retries.
    case rateLimited = 4

    var exitCode: ExitCode { ExitCode(rawValue) }
}
