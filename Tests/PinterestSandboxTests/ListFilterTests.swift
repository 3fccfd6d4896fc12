import Foundation
import Testing

/// The list filters return only what they name.
@Suite struct ListFilterTests {
    @Test func pinFiltersSelectRepinsNativePinsAndPromotedPins() async throws {
        try await Sandbox.with { sandbox in
            let repins = try await sandbox.all("/pins?pin_filter=exclude_native", pageSize: 250).items
            let native = try await sandbox.all("/pins?pin_filter=exclude_repins", pageSize: 250).items
            let promoted = try await sandbox.all("/pins?pin_filter=has_been_promoted", pageSize: 250).items
            let everything = try await sandbox.all("/pins", pageSize: 250).items
            #expect(!repins.isEmpty && !native.isEmpty && !promoted.isEmpty)
            #expect(repins.allSatisfy { $0["parent_pin_id"] is String })
            #expect(native.allSatisfy { $0["parent_pin_id"] is NSNull })
            #expect(repins.count + native.count == everything.count)
            #expect(promoted.allSatisfy { $0["has_been_promoted"] as? Bool == true })
        }
    }

    @Test func privatePinsAndProtectedPinsFollowTheirBoards() async throws {
        try await Sandbox.with { sandbox in
            let boards = try await sandbox.all("/boards", pageSize: 250).items
            let privacyOf = Dictionary(uniqueKeysWithValues: boards.map { ($0["id"] as! String, $0["privacy"] as! String) })
            let secret = try await sandbox.all("/pins?pin_type=PRIVATE", pageSize: 250).items
            #expect(!secret.isEmpty)
            #expect(secret.allSatisfy { privacyOf[$0["board_id"] as! String] == "SECRET" })
            let withoutProtected = try await sandbox.all("/pins", pageSize: 250).items
            #expect(withoutProtected.allSatisfy { privacyOf[$0["board_id"] as! String] != "PROTECTED" })
            let withProtected = try await sandbox.all("/pins?include_protected_pins=true", pageSize: 250).items
            #expect(withProtected.contains { privacyOf[$0["board_id"] as! String] == "PROTECTED" })
        }
    }

    @Test(arguments: ["PUBLIC", "PROTECTED", "SECRET"])
    func boardsFilterByPrivacy(_ privacy: String) async throws {
        try await Sandbox.with { sandbox in
            let boards = try await sandbox.all("/boards?privacy=\(privacy)", pageSize: 250).items
            #expect(!boards.isEmpty)
            #expect(boards.allSatisfy { $0["privacy"] as? String == privacy })
        }
    }

    @Test func creativeTypesFilterBoardPins() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Video tutorials")
            let videos = try await sandbox.all("/boards/\(board)/pins?creative_types=VIDEO", pageSize: 250).items
            let all = try await sandbox.all("/boards/\(board)/pins", pageSize: 250).items
            #expect(!videos.isEmpty && videos.count < all.count)
            #expect(videos.allSatisfy { ($0["media"] as? [String: Any])?["media_type"] as? String == "video" })
        }
    }
}
