import Foundation
import GRDB
import ImageCodecs
@testable import PinterestSandbox
import Testing

/// The pictures the sandbox serves for its pins: at its own address, at every listed size, drawn in the
/// pin's colour or as uploaded, with no token asked for.
@Suite struct ImageRouteTests {
    @Test func demoPinsListPicturesAtTheSandboxItself() async throws {
        try await Sandbox.with { sandbox in
            let pins = try await sandbox.get("/pins?page_size=20").items
            let urls = pins.flatMap(Self.imageURLs)
            #expect(urls.count >= 20 * 5)
            #expect(urls.allSatisfy { $0.hasPrefix(sandbox.root + "/pinimg/") }, "\(urls.prefix(3))")
            #expect(!urls.contains { $0.contains("sandbox-origin.invalid") })
        }
    }

    /// The origin comes from the request's Host when that is a plain host and port, and from the
    /// address the connection reached otherwise: a Host header cannot put anything else into answers.
    @Test(arguments: [
        ("pins.test:8080", "http://pins.test:8080/pinimg/"),
        (#"evil"},"x":"y"#, "http://127.0.0.1:{port}/pinimg/"),
        ("a b", "http://127.0.0.1:{port}/pinimg/"),
    ])
    func picturesFollowTheHostTheClientUsed(host: String, prefix: String) async throws {
        try await Sandbox.with { sandbox in
            let connection = try RawConnection.open(port: sandbox.server.port)
            await connection.send("GET /v5/pins?page_size=1 HTTP/1.1\r\nHost: \(host)\r\nAuthorization: Bearer t\r\n\r\n")
            let response = try #require(await connection.readResponse())
            let object = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
            let urls = (object["items"] as? [[String: Any]] ?? []).flatMap(Self.imageURLs)
            let expected = prefix.replacingOccurrences(of: "{port}", with: "\(sandbox.server.port)")
            #expect(!urls.isEmpty && urls.allSatisfy { $0.hasPrefix(expected) }, "\(urls.first ?? "none")")
        }
    }

    @Test func everyListedSizeIsServedAtThatSizeWithoutAToken() async throws {
        try await Sandbox.with { sandbox in
            let pin = try #require(try await sandbox.get("/pins?page_size=5").items.first { Self.images(of: $0) != nil })
            for (label, image) in try #require(Self.images(of: pin)) {
                let reply = try await sandbox.send("GET", try #require(image["url"] as? String))
                #expect(reply.status == 200 && reply.header("content-type") == "image/jpeg", "\(label)")
                let decoded = try ImageDecoder().decode([UInt8](reply.body))
                #expect(decoded.width == image["width"] as? Int && decoded.height == image["height"] as? Int, "\(label)")
            }
            #expect(await sandbox.server.imageRequestsWithAuthorization() == 0)
        }
    }

    @Test func picturesAreDrawnInThePinsColourAndDifferFromPinToPin() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Garden")
            var averages: [(red: Int, green: Int, blue: Int)] = []
            var pictures: [[UInt8]] = []
            for (index, color) in ["#D1495B", "#2B4162", "#D1495B"].enumerated() {
                let created = try await sandbox.call(
                    "POST", "/pins",
                    json: #"{"board_id":"\#(board)","dominant_color":"\#(color)","media_source":{"source_type":"image_url","url":"https://a.example/\#(index).jpg"}}"#)
                let url = try #require(Self.images(of: created.object)?["600x"]?["url"] as? String)
                let bytes = [UInt8](try await sandbox.send("GET", url).body)
                pictures.append(try ImageDecoder().decode(bytes).pixels)
                averages.append(Self.average(try ImageDecoder().decode(bytes)))
            }
            #expect(averages[0].red > averages[0].blue + 30 && averages[0].red > averages[0].green + 30, "red pin: \(averages[0])")
            #expect(averages[1].blue > averages[1].red + 30, "blue pin: \(averages[1])")
            #expect(pictures[0] != pictures[2], "two red pins get different pictures")
        }
    }

    @Test func anUploadedPictureIsServedAsUploaded() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Garden")
            let png = try ImageEncoder.png(RGBAImage(width: 30, height: 20) { x, y in (UInt8(x * 8), UInt8(y * 12), 90) })
            let created = try await sandbox.call(
                "POST", "/pins",
                json: #"{"board_id":"\#(board)","media_source":{"source_type":"image_base64","content_type":"image/png","data":"\#(Data(png).base64EncodedString())"}}"#)
            #expect(created.status == 201)
            let images = try #require(Self.images(of: created.object))
            #expect(images["originals"]?["width"] as? Int == 30 && images["originals"]?["height"] as? Int == 20)
            let reply = try await sandbox.send("GET", try #require(images["600x"]?["url"] as? String))
            #expect(reply.status == 200 && reply.header("content-type") == "image/png")
            #expect([UInt8](reply.body) == png)
        }
    }

    @Test func tokensSentToTheImageHostAreCounted() async throws {
        try await Sandbox.with { sandbox in
            let url = try #require(try await sandbox.get("/pins?page_size=1").items.flatMap(Self.imageURLs).first)
            #expect(try await sandbox.send("GET", url).status == 200)
            #expect(await sandbox.server.imageRequestsWithAuthorization() == 0)
            #expect(try await sandbox.send("GET", url, headers: [("Authorization", "Bearer \(Sandbox.token)")]).status == 200)
            #expect(await sandbox.server.imageRequestsWithAuthorization() == 1)
        }
    }

    @Test func unknownOrHugeSizesAreNotFound() async throws {
        try await Sandbox.with { sandbox in
            for path in ["/pinimg/5000x/D1495B-1250/ab.jpg", "/pinimg/big/D1495B-1250/ab.jpg",
                         "/pinimg/600x/red-1250/ab.jpg", "/pinimg/600x/uploads/0123"] {
                let reply = try await sandbox.send("GET", sandbox.root + path)
                #expect(reply.status == 404, "\(path)")
            }
        }
    }

    @Test func faultsMeantForTheAPISparePictures() async throws {
        try await Sandbox.with { sandbox in
            let url = try #require(try await sandbox.get("/pins?page_size=1").items.flatMap(Self.imageURLs).first)
            await sandbox.server.setFaults(FaultConfiguration(rateLimitBurst: 1))
            #expect(try await sandbox.send("GET", url).status == 200)
            #expect(try await sandbox.get("/user_account").status == 429)
        }
    }

    /// A data file whose pins were stored with i.pinimg.com addresses has them moved to the sandbox.
    @Test func pinsStoredBeforeGetPicturesOfTheSandbox() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("v3-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let old = try DatabaseQueue(path: path)
        try SandboxSchema.migrator.migrate(old, upTo: "v3: pins keep their wire JSON")
        let media = #"{"media_type":"image","images":{"600x":{"width":600,"height":750,"url":"https://i.pinimg.com/600x/0d/f6/f1/0df6f1.jpg"}}}"#
        try await old.write { db in
            try db.execute(sql: """
                INSERT INTO account VALUES (1, 'tack_demo', '', '', NULL, '', 'BUSINESS', 0);
                INSERT INTO board VALUES (7, 'Old board', NULL, 'PUBLIC', 0, '2025-01-01T00:00:00',
                    '2025-01-01T00:00:00', 0, 0, 'tack_demo', 0);
                INSERT INTO pin VALUES (9, 7, NULL, 'Old pin', NULL, NULL, NULL, '#2B4162', '2025-01-02T00:00:00',
                    'REGULAR', ?, NULL, 0, 40, '');
                """, arguments: [media])
        }
        try old.close()
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { sandbox in
            let pin = try #require(try await sandbox.get("/boards/7/pins").items.first)
            let url = try #require(Self.images(of: pin)?["600x"]?["url"] as? String)
            #expect(url == sandbox.root + "/pinimg/600x/2B4162-1250/0df6f1.jpg")
            let picture = try ImageDecoder().decode([UInt8](try await sandbox.send("GET", url).body))
            #expect(picture.width == 600 && picture.height == 750)
        }
    }

    static func images(of pin: [String: Any]) -> [String: [String: Any]]? {
        let media = pin["media"] as? [String: Any]
        let images = media?["images"] ?? ((media?["items"] as? [[String: Any]])?.first?["images"])
        return images as? [String: [String: Any]]
    }

    static func imageURLs(of pin: [String: Any]) -> [String] {
        (images(of: pin) ?? [:]).values.compactMap { $0["url"] as? String }
    }

    static func average(_ image: RGBAImage) -> (red: Int, green: Int, blue: Int) {
        var sums = [0, 0, 0]
        for offset in stride(from: 0, to: image.pixels.count, by: 4) {
            for channel in 0..<3 { sums[channel] += Int(image.pixels[offset + channel]) }
        }
        let count = image.width * image.height
        return (sums[0] / count, sums[1] / count, sums[2] / count)
    }
}
