import AsyncHTTPClient
import Foundation
import Glibc
import Testing

/// `tack sandbox`, the real binary, as a script drives it: port 0, output redirected to a file.
@Suite struct SandboxCommandTests {
    @Test func thePortFileAndTheBannerAreThereWhileItRuns() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let portFile = directory.appendingPathComponent("port").path
        let output = directory.appendingPathComponent("out").path

        let sandbox = try TackProcess.spawn(
            ["sandbox", "--port", "0", "--port-file", portFile, "--data", directory.appendingPathComponent("data.sqlite").path],
            output: output, home: directory.path)
        var stopped = false
        defer { if !stopped { sandbox.kill() } }

        #expect(await eventually(timeout: .seconds(60)) { FileManager.default.fileExists(atPath: portFile) })
        let written = try String(contentsOfFile: portFile, encoding: .utf8)
        let port = try #require(Int(written.trimmingCharacters(in: .whitespacesAndNewlines)), "port file holds \(written)")
        #expect(written == "\(port)\n")

        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v5/user_account")
        request.headers.add(name: "Authorization", value: "Bearer demo")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        #expect(response.status.code == 200)

        let banner = try String(contentsOfFile: output, encoding: .utf8)
        #expect(banner.contains("listening on http://127.0.0.1:\(port)/v5"), "\(banner)")

        let status = await sandbox.terminate().status
        stopped = true
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: portFile), "the port file outlives the server")
    }

    /// `--empty`: the account alone, in memory; a data file that exists needs `--reset` to be emptied.
    @Test func emptyStartsWithTheAccountAloneAndLeavesAnExistingFileAlone() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let portFile = directory.appendingPathComponent("port").path
        let output = directory.appendingPathComponent("out").path

        let sandbox = try TackProcess.spawn(["sandbox", "--empty", "--port", "0", "--port-file", portFile], output: output, home: directory.path)
        var stopped = false
        defer { if !stopped { sandbox.kill() } }
        #expect(await eventually(timeout: .seconds(60)) { FileManager.default.fileExists(atPath: portFile) })
        let port = try #require(Int(try String(contentsOfFile: portFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        for (path, expected) in [("user_account", "\"username\":\"tack_demo\""), ("boards", "\"items\":[]"), ("user_account/followers", "\"items\":[]")] {
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v5/\(path)")
            request.headers.add(name: "Authorization", value: "Bearer demo")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            let body = String(buffer: try await response.body.collect(upTo: 1 << 20))
            #expect(response.status.code == 200)
            #expect(body.replacingOccurrences(of: " ", with: "").contains(expected), "\(path): \(body)")
        }
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("Data: in memory (empty)"))
        stopped = true
        #expect(await sandbox.terminate().status == 0)

        let data = directory.appendingPathComponent("data.sqlite").path
        try Data("not empty".utf8).write(to: URL(fileURLWithPath: data))
        let refused = try TackProcess.spawn(["sandbox", "--empty", "--data", data, "--port", "0"], output: output, home: directory.path)
        let status = await refused.exit().status
        #expect(status == 2, "an existing data file is not emptied without --reset")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("add --reset to empty it"))
    }

    /// Quitting takes at most 2 seconds whatever the clients do: idle, half-sent headers, a stalled
    /// upload, a request held up by injected latency.
    @Test func itStopsWithinTwoSecondsWhateverTheClientsDo() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let portFile = directory.appendingPathComponent("port").path
        let sandbox = try TackProcess.spawn(
            ["sandbox", "--port", "0", "--port-file", portFile, "--latency-ms", "60000",
             "--data", directory.appendingPathComponent("data.sqlite").path],
            output: directory.appendingPathComponent("out").path, home: directory.path)
        var stopped = false
        defer { if !stopped { sandbox.kill() } }
        #expect(await eventually(timeout: .seconds(60)) { FileManager.default.fileExists(atPath: portFile) })
        let port = try #require(Int(try String(contentsOfFile: portFile, encoding: .utf8).trimmingCharacters(in: .newlines)))

        var clients: [RawConnection] = []
        for _ in 0..<5 { clients.append(try RawConnection.open(port: port)) }
        for request in [
            "GET /v5/boards HTTP/1.1\r\nHost: sand",
            "POST /v5/boards HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer t\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\":",
            ConnectionHandlingTests.accountRequest,
        ] {
            let client = try RawConnection.open(port: port)
            await client.send(request)
            clients.append(client)
        }
        // Once the server has read all that was sent, the last two requests are in progress on its side.
        #expect(await eventually { ServerSockets.unreadBytes(port: port) == 0 })

        // Bounded only so that a regression fails instead of hanging; the measure is `after`.
        let ended = await result(within: .seconds(30)) { await sandbox.terminate() }
        stopped = ended != nil
        #expect(ended?.status == 0)
        #expect(ended.map { $0.after < .seconds(2) } == true, "ended \(ended.map { "\($0.after)" } ?? "never") after SIGTERM")
        withExtendedLifetime(clients) {}
    }
}

/// The `tack` binary SwiftPM built beside the tests, running in the background.
struct TackProcess: Sendable {
    let pid: pid_t

    /// Starts `tack arguments` with stdout and stderr going to `output` and HOME (and XDG folders) in `home`.
    static func spawn(_ arguments: [String], output: String, home: String) throws -> TackProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        // Swift concurrency's threads block most signals, and a child inherits the mask: start clean,
        // or SIGTERM would never reach it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = ["HOME=\(home)", "XDG_DATA_HOME=\(home)/data", "XDG_STATE_HOME=\(home)/state",
                           "XDG_CONFIG_HOME=\(home)/config", "PATH=/usr/bin:/bin"]
        let argv = ([try binaryPath()] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0]!, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        return TackProcess(pid: pid)
    }

    /// Sends SIGTERM and returns the exit status once the process has ended, and how long after the
    /// signal it ended: measured where waitpid returns, not when this task resumes, which a busy test
    /// process can delay.
    func terminate() async -> (status: Int32, after: Duration) {
        let signalled = ContinuousClock.now
        Glibc.kill(pid, SIGTERM)
        let (status, ended) = await exit()
        return (status, ended - signalled)
    }

    /// Waits, without a signal, for the process to end by itself; returns its exit status and when it ended.
    func exit() async -> (status: Int32, at: ContinuousClock.Instant) {
        let pid = self.pid
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                continuation.resume(returning: (exit, ContinuousClock.now))
            }
        }
    }

    /// Ends the process at once, for a test that failed before stopping it.
    func kill() {
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// `.build/<configuration>/tack`, beside the test bundle.
    private static func binaryPath() throws -> String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tack")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        throw POSIXError(.ENOENT)
    }
}
