import ArgumentParser
import PinterestAPI
import TackCore

/// `tack account …`: the signed-in account (UserAccountApi): profile, follows, businesses, websites.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "The account: its profile, followers and following, businesses and websites.",
        discussion: ScriptHelp.exitStatuses,
        subcommands: [
            Show.self, Followers.self, Following.self, Follow.self, Businesses.self, Websites.self, Verify.self,
            Unverify.self, VerificationCode.self,
        ])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the account's profile and counts (user_account/get).")

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try CommandOutput(output).show(try await api.client.userAccountGet(adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Followers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the account's followers (followers/list).")

        @OptionGroup var paging: PageOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try await CommandOutput(output).list(.followersList, paging: paging) { bookmark, size in
                    try await api.client.followersList(bookmark: bookmark, pageSize: size)
                }
            }
        }
    }

    struct Following: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the users the account follows, or with --boards the boards (user_following/get, boards_user_follows/list).")

        @Flag(help: "List the boards the account follows instead of users.")
        var boards = false

        @Option(name: .customLong("feed-type"), help: "Users only: which followees to keep.")
        var feedType: UserFollowingFeedType?

        @Flag(name: .customLong("explicit-following"), help: "Only explicit follows (not those implied by following a board).")
        var explicitFollowing = false

        @OptionGroup var paging: PageOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws {
            if boards && feedType != nil { throw ValidationError("--feed-type applies to users, not --boards.") }
        }

        func run() async throws {
            let explicit = explicitFollowing ? true : nil
            try await ScriptRun.run(connection) { api in
                let ad = api.adAccount?.id
                if boards {
                    try await CommandOutput(output).list(.boardsUserFollowsList, paging: paging) { bookmark, size in
                        try await api.client.boardsUserFollowsList(
                            bookmark: bookmark, pageSize: size, explicitFollowing: explicit, adAccountId: ad)
                    }
                } else {
                    try await CommandOutput(output).list(.userFollowingGet, paging: paging) { [feedType] bookmark, size in
                        try await api.client.userFollowingGet(
                            bookmark: bookmark, pageSize: size, feedType: feedType, explicitFollowing: explicit, adAccountId: ad)
                    }
                }
            }
        }
    }

    struct Follow: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Follow a user (follow_user/update).")

        @Argument(help: "A username, or a pinterest.com profile URL.")
        var user: String

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { _ = try username() }

        func run() async throws {
            let username = try username()
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try CommandOutput(output).show(try await api.client.followUserUpdate(username: username))
            }
        }

        /// The username, read as the UI's follow form reads it.
        private func username() throws -> String {
            switch FollowTarget.username(from: user) {
            case .success(let name): return name
            case .failure(let problem): throw ValidationError("\(user): \(problem.message)")
            }
        }
    }

    struct Businesses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the business accounts linked to the account (linked_business_accounts/get).")

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try CommandOutput(output).show(all: try await api.client.linkedBusinessAccountsGet())
            }
        }
    }

    struct Websites: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the account's claimed websites (user_websites/get).")

        @OptionGroup var paging: PageOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try await CommandOutput(output).list(.userWebsitesGet, paging: paging) { bookmark, size in
                    try await api.client.userWebsitesGet(bookmark: bookmark, pageSize: size)
                }
            }
        }
    }

    /// The website argument of verify and unverify, checked as the UI's website form checks it.
    struct WebsiteArgument: ParsableArguments {
        @Argument(help: "The website, e.g. example.com or example.com/shop.")
        var website: String

        func validate() throws {
            var limits = FormLimits(.verifyWebsite())
            limits.set(.website, website, as: "The website")
            try limits.check()
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Claim a website whose verification code is published there (verify_website/update).")

        @OptionGroup var site: WebsiteArgument

        @Option(help: "How the code was published: METATAG (the default), DNSTXT or FILENAME.")
        var method: WebsiteVerificationMethod = .metatag

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let request = UserWebsiteVerifyRequest(website: site.website, verificationMethod: method)
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try CommandOutput(output).show(try await api.client.verifyWebsiteUpdate(request, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Unverify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give up the claim on a website (unverify_website/delete).")

        @OptionGroup var site: WebsiteArgument

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try await api.client.unverifyWebsiteDelete(website: site.website)
            }
        }
    }

    struct VerificationCode: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verification-code",
            abstract: "Show the code to publish on a website to claim it (website_verification/get).")

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try CommandOutput(output).show(try await api.client.websiteVerificationGet(adAccountId: api.adAccount?.id))
            }
        }
    }
}
