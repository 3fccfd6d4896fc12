import ArgumentParser
import PinterestAPI

/// Runs a script command's work on an open connection, closes it, and turns a failure into the
/// documented exit status (`ScriptFailure`). With `dryRun`, the first request is printed, not sent.
enum ScriptRun {
    static func run(
        _ options: ConnectionOptions, dryRun: Bool = false, _ work: (APIConnection) async throws -> Void
    ) async throws {
        let recorder = dryRun ? DryRunTransport() : nil
        let connection = try await APIConnection.open(options, requestTransport: recorder)
        var failure: (any Error)?
        do {
            try await work(connection)
        } catch {
            failure = error
        }
        await connection.close()
        if let recorder, failure is CancellationError, let request = recorder.request {
            return StandardOutput.write(DryRunTransport.describe(request))
        }
        if let failure { throw ScriptFailure.report(failure) }
    }
}
