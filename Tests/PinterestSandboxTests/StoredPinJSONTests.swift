import Foundation
import GRDB
import Testing

@testable import PinterestSandbox

/// Pins are sent as the JSON stored with them: pages are written around it byte for byte as an encoded page
/// would be, it follows every write, and a data file from before it existed gets it for every pin.
@Suite struct StoredPinJSONTests {
    struct Item: Encodable { let name: String; let path: String? }

    @Test(arguments: [nil, "MjUwOmFiYw=="])
    func aPageOfStoredJSONIsTheEncodedPage(bookmark: String?) throws {
        let items = [Item(name: "Moss 🌿 \"wall\"", path: "a/b"), Item(name: "", path: nil)]
        let stored = try items.map { EncodedJSON(text: String(decoding: try JSONResponse.encode($0), as: UTF8.self)) }
        let body = try JSONResponse.body(WirePage(items: stored, bookmark: bookmark))
        #expect(Data(body.readableBytesView) == (try JSONResponse.encode(WirePage(items: items, bookmark: bookmark))))
    }

    @Test func aPinsListShowsItAsLastWritten() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Garden")
            let pin = try #require(try await sandbox.get("/boards/\(board)/pins?page_size=1").items.first?["id"] as? String)
            let other = try await sandbox.boardId(named: "Typography")
            let moved = try await sandbox.call("PATCH", "/pins/\(pin)", json: #"{"board_id":"\#(other)","title":"Moss"}"#)
            #expect(moved.status == 200)
            let listed = try #require(
                try await sandbox.all("/boards/\(other)/pins", pageSize: 250).items.first { $0["id"] as? String == pin })
            #expect(listed["title"] as? String == "Moss")
            #expect(listed["board_id"] as? String == other)
            let fetched = try await sandbox.get("/pins/\(pin)").object
            #expect(fetched["title"] as? String == "Moss")
        }
    }

    @Test func aDataFileFromBeforeGetsTheJSONOfEveryPin() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("v2-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let old = try DatabaseQueue(path: path)
        try SandboxSchema.migrator.migrate(old, upTo: "v2: pin counts only from rows")
        try await old.write { db in
            try db.execute(sql: """
                INSERT INTO account VALUES (1, 'tack_demo', '', '', NULL, '', 'BUSINESS', 0);
                INSERT INTO board VALUES (7, 'Old board', NULL, 'PUBLIC', 0, '2025-01-01T00:00:00',
                    '2025-01-01T00:00:00', 0, 0, 'tack_demo', 0);
                INSERT INTO pin VALUES (9, 7, NULL, 'Old pin', NULL, NULL, NULL, NULL, '2025-01-02T00:00:00',
                    'REGULAR', '{"media_type":"image"}', NULL, 0, 40);
                """)
        }
        try old.close()
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { sandbox in
            let pins = try await sandbox.get("/boards/7/pins").items
            #expect(pins.map { $0["title"] as? String } == ["Old pin"])
            #expect((pins.first?["board_owner"] as? [String: String])?["username"] == "tack_demo")
            #expect((pins.first?["media"] as? [String: String])?["media_type"] == "image")
        }
    }
}
