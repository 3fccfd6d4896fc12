import Foundation
import Testing

/// The files Tack writes are its user's alone: files 0600, directories it creates 0700.
@Suite(.serialized)
struct FileModesEndToEndTests {
    @Test func theLogAndTheDemoDatabaseArePrivate() async throws {
        let app = try await TackUnderTest.launch(demo: true) { home in
            // A state directory left by an earlier version with the umask's modes, under a parent the
            // user made: Tack's own directory is made private, the user's is left as it is.
            let tackState = home.appending(path: "state/tack")
            try FileManager.default.createDirectory(at: tackState, withIntermediateDirectories: true)
            for directory in [tackState, home.appending(path: "state")] {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
            }
        }
        defer { Task { await app.shutDown() } }
        try await app.terminal.require("Boards (")
        let home = app.home

        #expect(try mode(of: home.appending(path: "state/tack")) == 0o700)
        #expect(try mode(of: home.appending(path: "state")) == 0o755, "a directory Tack did not create keeps its mode")
        #expect(try mode(of: home.appending(path: "state/tack/tack.log")) == 0o600)
        #expect(try mode(of: home.appending(path: "data")) == 0o700)
        #expect(try mode(of: home.appending(path: "data/tack")) == 0o700)
        let databaseFiles = try FileManager.default.contentsOfDirectory(atPath: home.appending(path: "data/tack").path)
        #expect(databaseFiles.contains("demo.sqlite"), "\(databaseFiles)")
        for file in databaseFiles {
            #expect(try mode(of: home.appending(path: "data/tack/\(file)")) == 0o600, "\(file)")
        }
    }

    private func mode(of url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }
}
