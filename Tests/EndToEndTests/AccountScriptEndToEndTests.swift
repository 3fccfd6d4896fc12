import Foundation
import PinterestAPI
import Testing

/// `tack account …` run as a script against the sandbox.
@Suite struct AccountScriptEndToEndTests {
    @Test func showPrintsTheProfileAsLinesOrJSON() async throws {
        try await ScriptWorld.with { world in
            let account = try await world.client.userAccountGet()
            let table = try await world.succeed(["account", "show"])
            #expect(table.lines.first == "Username:      \(account.username ?? "")", "\(table.output)")
            #expect(try await world.succeed(["account", "show", "--json"]).decoded(Account.self) == account)
        }
    }

    @Test func followersFollowingAndFollowedBoards() async throws {
        try await ScriptWorld.with { world in
            let followers = try await world.client.followersListPages().allItems()
            let all = try await world.succeed(["account", "followers", "--all", "--jsonl"])
            #expect(try all.lines.map { try PinterestJSON.makeDecoder().decode(UserSummary.self, from: Data($0.utf8)) } == followers)

            let following = try await world.succeed(["account", "following", "--json"])
            #expect(try following.decoded(ScriptWorld.ListDocument<UserSummary>.self).items == (try await world.client.userFollowingGet()).items)
            let boards = try await world.succeed(["account", "following", "--boards", "--json"])
            #expect(try boards.decoded(ScriptWorld.ListDocument<Board>.self).items == (try await world.client.boardsUserFollowsList()).items)

            let followed = try await world.succeed(["account", "follow", "https://www.pinterest.com/mika_bakes/", "--json"])
            #expect(try followed.decoded(UserSummary.self).username == "mika_bakes")
            #expect(try await world.client.userFollowingGetPages().allItems().contains { $0.username == "mika_bakes" })
        }
    }

    @Test func businessesWebsitesAndVerification() async throws {
        try await ScriptWorld.with { world in
            let businesses = try await world.succeed(["account", "businesses", "--json"])
            #expect(try businesses.decoded([LinkedBusiness].self) == (try await world.client.linkedBusinessAccountsGet()))

            let websites = try await world.client.userWebsitesGet().items
            let table = try await world.succeed(["account", "websites"])
            #expect(table.lines.first?.hasPrefix("WEBSITE") == true && table.lines.count == websites.count + 1)

            let code = try await world.succeed(["account", "verification-code", "--json"]).decoded(UserWebsiteVerificationCode.self)
            #expect(code == (try await world.client.websiteVerificationGet()))

            let verified = try await world.succeed(["account", "verify", "blog.tack.example.com", "--json"])
            #expect(try verified.decoded(UserWebsiteSummary.self).status == "success")
            _ = try await world.succeed(["account", "unverify", "blog.tack.example.com"])
            #expect(try await world.client.userWebsitesGet().items == websites)
        }
    }

    static let usageCases: [(arguments: [String], message: String)] = [
        (["account", "follow", "12345"], "12345"),
        (["account", "verify", "not a website"], "must be a website address like example.com"),
        (["account", "verify", "example.com", "--method", "EMAIL"], "EMAIL"),
        (["account", "following", "--boards", "--feed-type", "ALL"], "--feed-type applies to users"),
    ]

    @Test(arguments: usageCases)
    func usageErrorsExitTwo(arguments: [String], message: String) async throws {
        try await ScriptWorld.with { world in
            let run = try await world.tack(arguments)
            #expect(run.status == 2)
            #expect(run.errors.contains(message), "\(run.errors)")
        }
    }
}
