import ArgumentParser
import Foundation
import Logging
import PinterestAPI
import PinterestSandbox
import TackCore

/// A `PinterestClient` opened from `ConnectionOptions`, with the embedded sandbox behind it under
/// `--demo`. `close()` shuts both down; call it once, also after a failure.
struct APIConnection: Sendable {
    let client: PinterestClient
    /// The API root the client talks to (the sandbox's under `--demo`).
    let baseURL: URL
    /// The profile's name when the account comes from a stored sign-in.
    let profile: String?
    /// The ad account to act for (`--ad-account` or the config's `ad_account_id`).
    let adAccount: AdAccountChoice?
    let settings: TackConfig
    private let sandbox: SandboxServer?
    /// The HTTP transport, when the client sends through another one (`requestTransport`).
    private let separateTransport: AsyncHTTPClientTransport?

    /// For commands run from scripts: reads the config, resolves the options and opens the client, with
    /// logging sent to standard error (level TACK_LOG_LEVEL, default error) so standard output stays
    /// the command's. A problem is said on standard error and thrown as an `ExitCode`: 2 for a usage
    /// problem, 3 when not signed in. `configure` may adjust the client's configuration (timeouts, retries);
    /// `requestTransport`, when given, carries the API requests instead (`--dry-run`).
    static func open(
        _ options: ConnectionOptions, requestTransport: (any HTTPTransport)? = nil,
        configure: (inout ClientConfiguration) -> Void = { _ in }
    ) async throws -> APIConnection {
        ScriptLogging.bootstrap()
        let environment = ProcessInfo.processInfo.environment
        let plan: ConnectionPlan
        do throws(ConnectionSetupError) {
            plan = try options.resolve(settings: options.loadSettings(environment: environment), environment: environment)
        } catch {
            throw error.report(notSignedInStatus: ExitStatus.authentication.rawValue)
        }
        return try await open(plan, requestTransport: requestTransport, configure: configure)
    }

    /// Starts what `plan` names: the demo sandbox (on its data file) or a client for the API root.
    /// A stored sign-in is refreshed over HTTP even when `requestTransport` carries the API requests.
    static func open(
        _ plan: ConnectionPlan, requestTransport: (any HTTPTransport)? = nil,
        configure: (inout ClientConfiguration) -> Void = { _ in }
    ) async throws -> APIConnection {
        let transport = AsyncHTTPClientTransport()
        let sandbox: SandboxServer?
        var configuration: ClientConfiguration
        switch plan.target {
        case .api(let baseURL, let credentials):
            sandbox = nil
            configuration = credentials.clientConfiguration(
                baseURL: baseURL, transport: transport, environment: plan.environment, settings: plan.settings)
        case .demo(let reset, let faults):
            let databasePath = try XDGPaths.dataFile("demo.sqlite")
            if reset { try await SandboxDatabase.reset(at: databasePath) }
            let demoSandbox = try await SandboxServer.start(SandboxConfiguration(
                port: 0, databasePath: databasePath, faults: faults))
            sandbox = demoSandbox
            configuration = ClientConfiguration(baseURL: demoSandbox.baseURL, accessToken: "demo")
        }
        configure(&configuration)
        return APIConnection(
            client: PinterestClient(configuration: configuration, transport: requestTransport ?? transport),
            baseURL: configuration.baseURL, profile: plan.profile, adAccount: plan.adAccount,
            settings: plan.settings, sandbox: sandbox, separateTransport: requestTransport == nil ? nil : transport)
    }

    /// Shuts the client down, then the sandbox (if any).
    func close() async {
        try? await client.shutdown()
        try? await separateTransport?.shutdown()
        await sandbox?.stop()
    }

    /// The API's host, after the profile's name when it is not the default one: "work · api.pinterest.com".
    var place: String {
        let host = Self.displayHost(of: baseURL)
        guard let profile, profile != ProfileName.standard else { return host }
        return "\(profile) · \(host)"
    }

    /// "api.pinterest.com", or "127.0.0.1:8085" for a local server.
    static func displayHost(of url: URL) -> String {
        guard let host = url.host() else { return url.absoluteString }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}
