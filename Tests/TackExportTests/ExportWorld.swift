import Foundation
import PinterestAPI
import PinterestSandbox
import Synchronization
import TackExport

/// A sandbox on loopback with a client for it, and a scratch directory, for one test.
struct ExportWorld {
    let server: SandboxServer
    let client: PinterestClient
    let scratch: URL

    static func run(
        _ configuration: SandboxConfiguration = SandboxConfiguration(), retryPolicy: RetryPolicy = .standard,
        _ body: (ExportWorld) async throws -> Void
    ) async throws {
        let server = try await SandboxServer.start(configuration)
        let client = Self.client(for: server, retryPolicy: retryPolicy)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tack-export-tests-\(UUID().uuidString)")
        let outcome: Result<Void, any Error>
        do {
            try await body(ExportWorld(server: server, client: client, scratch: scratch))
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        await server.stop()
        try? FileManager.default.removeItem(at: scratch)
        try outcome.get()
    }

    static func client(for server: SandboxServer, retryPolicy: RetryPolicy = .standard) -> PinterestClient {
        PinterestClient(configuration: ClientConfiguration(
            baseURL: server.baseURL, accessToken: "pina_export_test", requestTimeout: .seconds(20), retryPolicy: retryPolicy))
    }

    func directory(_ name: String) -> URL {
        scratch.appendingPathComponent(name, isDirectory: true)
    }

    /// Exports into `name` with small pages (so that lists take several) and returns the summary.
    @discardableResult
    func export(
        into name: String, client: PinterestClient? = nil, pageSize: Int = 10, concurrency: Int = 4, media: Bool = false,
        mediaTransport: (any HTTPTransport)? = nil, onProgress: @escaping @Sendable (ExportProgress) -> Void = { _ in }
    ) async throws -> ExportSummary {
        let exporter = Exporter(
            client: client ?? self.client, directory: directory(name),
            options: ExportOptions(media: media, concurrency: concurrency, pageSize: pageSize, toolVersion: "test"),
            mediaTransport: mediaTransport, onProgress: onProgress)
        return try await exporter.run()
    }
}

/// Every file under `directory` (relative path → bytes); the manifest with its two times blanked.
func exportedFiles(_ directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = directory.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        var data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
        if relative == "manifest.json" {
            var manifest = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            manifest["started_at"] = nil
            manifest["finished_at"] = nil
            data = try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys])
        }
        files[relative] = data
    }
    return files
}

/// Lets a progress listener cancel the task it reports on, once that task exists.
final class CancelSwitch: Sendable {
    private let task = Mutex<Task<ExportSummary, any Error>?>(nil)

    func arm(_ task: Task<ExportSummary, any Error>) {
        self.task.withLock { $0 = task }
    }

    func fire() {
        task.withLock { $0?.cancel() }
    }
}
