import Foundation

/// Runs a short command to completion with posix_spawn and waitpid. Foundation's `Process` can wait
/// forever on Linux when called from Swift concurrency's threads, so the tests do not use it; and the
/// waiting happens on a Dispatch thread, never on one of Swift concurrency's few threads, which other
/// tests running meanwhile need.
enum ChildProcess {
    struct Result {
        var status: Int32
        var output: String
        /// Standard error, when it was captured apart from standard output (`separateErrors`).
        var errors: String = ""
    }

    /// Runs `arguments` (looked up on PATH); stdout and stderr go to a temporary file that is read
    /// back, or to /dev/null when `capturingOutput` is false (for a command that leaves a daemon behind).
    /// `environment`, when given, replaces the test process's environment. `input` is the standard
    /// input (else /dev/null); with `separateErrors`, standard error is captured into `errors`.
    static func run(
        _ arguments: [String], capturingOutput: Bool, environment: [String: String]? = nil, input: Data? = nil,
        separateErrors: Bool = false
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result {
                    try runBlocking(
                        arguments, capturingOutput: capturingOutput, environment: environment, input: input,
                        separateErrors: separateErrors)
                })
            }
        }
    }

    /// `run`, on the calling thread.
    static func runBlocking(
        _ arguments: [String], capturingOutput: Bool, environment: [String: String]? = nil, input: Data? = nil,
        separateErrors: Bool = false
    ) throws -> Result {
        func temporaryFile(_ suffix: String) -> String {
            FileManager.default.temporaryDirectory.appending(path: "tack-e2e-\(UUID().uuidString).\(suffix)").path
        }
        let outputPath = capturingOutput ? temporaryFile("out") : "/dev/null"
        let errorsPath = separateErrors ? temporaryFile("err") : nil
        let inputPath = input.map { _ in temporaryFile("in") }
        if let input, let inputPath { try input.write(to: URL(fileURLWithPath: inputPath)) }
        defer {
            for path in [capturingOutput ? outputPath : nil, errorsPath, inputPath].compactMap({ $0 }) {
                try? FileManager.default.removeItem(atPath: path)
            }
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let errorsPath {
            posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }

        // The calling thread (one of Swift concurrency's) blocks most signals, and a spawned process
        // inherits that mask: tmux and the app under test would never see SIGHUP. Start clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environmentEntries = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { environmentEntries?.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = environmentEntries.map { posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, $0) }
            ?? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = capturingOutput ? (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" : ""
        let errors = errorsPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        return Result(status: exitStatus, output: output, errors: errors)
    }
}
