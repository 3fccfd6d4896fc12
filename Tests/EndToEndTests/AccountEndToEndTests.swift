import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// The account screen in the real binary: the profile's counts, paging the followers, following a user,
/// the website verification code, verifying and unverifying a website, and failed writes that keep the
/// form; the sandbox's state is checked through the API after every write.
@Suite(.serialized)
struct AccountEndToEndTests {
    /// The keys that move and jump to the end of a list, per shipped keymap (tmux key names).
    struct ListKeys: Sendable, CustomTestStringConvertible {
        var preset: String
        var down: String
        var bottom: String
        /// The key hints' "back" entry, shown once a list has the keys.
        var backHint: String
        var testDescription: String { preset }
    }

    static let keymaps = [
        ListKeys(preset: "default", down: "Down", bottom: "End", backHint: "esc back"),
        ListKeys(preset: "vim", down: "j", bottom: "G", backHint: "h back"),
        ListKeys(preset: "emacs", down: "C-n", bottom: "M->", backHint: "ctrl-g back"),
    ]

    @Test(arguments: keymaps)
    func showsTheProfileCountsCompactBesideTheMenuAndExactInTheDetail(keys: ListKeys) async throws {
        let app = try await TackUnderTest.launch(arguments: ["--keymap", keys.preset])
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        let account = try await app.client.userAccountGet()
        try #require(account.followerCount == 612 && account.followingCount == 64 && account.monthlyViews == 48_213,
                     "the demo account this test reads: \(account)")
        let firstFollower = try #require(try await app.client.followersList().items.first?.username)
        try await terminal.require("Boards (")

        try await terminal.send("A")
        try await terminal.require("[Account]", "@tack_demo", "Profile: exact counts")
        let profile = try await terminal.waitForScreen {
            $0.contains(#/followers +612 /#) && $0.contains(#/following +64 /#)
                && $0.contains("monthly views 48.2k ") && $0.contains("monthly views 48,213 ")
        }
        #expect(profile.matched, "compact counts beside the menu, exact ones in the detail; screen was:\n\(profile.screen)")
        #expect(!profile.screen.contains("[Boards]"), "only the account tab is in brackets")

        // The menu's next part shows beside it at once.
        try await terminal.send(keys.down)
        try await terminal.require("Followers (500+)", "@\(firstFollower)")   // the second page is read ahead
    }

    @Test(arguments: keymaps)
    func pagesTheFollowersToTheEnd(keys: ListKeys) async throws {
        let app = try await TackUnderTest.launch(arguments: ["--keymap", keys.preset])
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        let followers = try await app.client.followersListPages().allItems()
        try #require(followers.count == 612)
        let last = try #require(followers.last?.username)
        let pageRequests = "/user_account/followers"
        let asked = await app.sandbox.requestCount(method: "GET", pathTemplate: pageRequests)
        try await terminal.require("Boards (")

        try await terminal.send("A")
        try await terminal.require("[Account]")
        try await terminal.send(keys.down)
        // The first page of 250 and the next, read ahead while the selection is less than a page from the end.
        try await terminal.require("Followers (500+)")
        #expect(await app.sandbox.requestCount(method: "GET", pathTemplate: pageRequests) == asked + 2)
        try await terminal.send("Enter")                      // into the list
        try await terminal.require(keys.backHint)

        // One jump to the end loads every page left and follows the end of the list.
        try await terminal.send(keys.bottom)
        try await terminal.require("Followers (612)", "▸ @\(last)", "612/612")
        #expect(await app.sandbox.requestCount(method: "GET", pathTemplate: pageRequests) == asked + 3,
                "each page of 250 was asked for once")
    }

    @Test func followsAUserByProfileURLAndListsThemUnderFollowing() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let user = try await Self.followerNotFollowedYet(client)
        try await Self.openFollowing(terminal)

        try await terminal.send("n")
        try await terminal.require("Follow a user", "a username, or a pinterest.com profile URL")
        try await terminal.send("https://www.pinterest.com/\(user)/", literal: true)
        try await terminal.send("C-s")

        #expect(try await eventually { try await Self.following(client).contains(user) })
        #expect(try await client.userAccountGet().followingCount == 65)
        try await terminal.require("the form closed and @\(user) listed as followed") {
            !$0.contains("Follow a user") && $0.contains("Following @\(user)") && $0.contains("Following (65)")
                && Self.line(in: $0, containing: "▸ @\(user) ") != nil
        }
        #expect(try await terminal.screen().contains(#/Following +65/#), "the menu counts the new followee")
    }

    @Test func followsBackTheSelectedFollower() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let follower = try #require(try await client.followersList().items.first?.username)
        try #require(try await !Self.following(client).contains(follower))
        try await terminal.require("Boards (")

        try await terminal.send("A")
        try await terminal.send("Down")
        try await terminal.require("Followers (500+)", "▸ @\(follower)")
        try await terminal.send("Enter")
        try await terminal.require("F follow back")
        try await terminal.send("F")
        #expect(try await eventually { try await Self.following(client).contains(follower) })
        try await terminal.require("Following @\(follower)")
    }

    @Test func showsTheWebsiteVerificationCodeOverTheScreen() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        let code = try await app.client.websiteVerificationGet()
        let expected = try [code.verificationCode, code.metatag, code.dnsTxtRecord, code.filename].map { try #require($0) }
        let codeRequests = "/user_account/websites/verification"
        try await Self.openWebsites(terminal)
        let asked = await app.sandbox.requestCount(method: "GET", pathTemplate: codeRequests)

        try await terminal.send("c")
        try await terminal.require("Website verification", "Code", "Meta tag", "DNS TXT record", "File name")
        let shown = try await terminal.waitForScreen { screen in expected.allSatisfy(screen.contains) }
        #expect(shown.matched, "the code, meta tag, TXT record and file name \(expected); screen was:\n\(shown.screen)")
        #expect(await app.sandbox.requestCount(method: "GET", pathTemplate: codeRequests) == asked + 1)

        try await terminal.send("Space")                     // any key closes it
        try await terminal.require("the code closed") { !$0.contains("Website verification") && $0.contains("Websites (3)") }
    }

    @Test func verifiesAPendingWebsiteThenUnverifiesIt() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let site = "shop.tack.example.com"
        try #require(try await Self.website(site, client)?.status == "pending")
        try await Self.openWebsites(terminal)
        try await terminal.send("Enter")                      // into the list: its first site is selected
        try await terminal.require("▸ \(site)", "status pending")

        // Verify: the form starts with the selected site.
        try await terminal.send("v")
        try await terminal.require("Verify a website", "Website  \(site)")
        try await terminal.send("C-s")
        var verified: UserWebsiteSummary?
        #expect(try await eventually {
            verified = try await Self.website(site, client)
            return verified?.status == "success"
        })
        #expect(verified?.verifiedAt != nil)
        try await terminal.require("Website “\(site)” verified", "status   success")
        try await terminal.require("the row shows success") { $0.contains(#/▸ shop\.tack\.example\.com +success \d{4}-/#) }

        // Unverify: the dialog names the site and nothing goes before y.
        try await terminal.send("x")
        try await terminal.require("Unverify website", "Unverify “\(site)”?")
        #expect(try await Self.website(site, client) != nil)
        try await terminal.send("y")
        #expect(try await eventually { try await Self.website(site, client) == nil })
        try await terminal.require("Website “\(site)” unverified", "Websites (2)")
        let rows = try await terminal.screen().split(separator: "\n").filter { $0.contains("│▸ \(site)") || $0.contains("│  \(site)") }
        #expect(rows.isEmpty, "the site left the list: \(rows)")
    }

    @Test func aFollowThatFailsKeepsTheFormAndWhatWasTypedAndARetrySucceeds() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let user = try await Self.followerNotFollowedYet(client)
        let url = "https://www.pinterest.com/\(user)/"
        let follows = "/user_account/following/{username}"
        try await Self.openFollowing(terminal)
        await app.sandbox.setFaults(FaultConfiguration(failNextWrites: 1))

        try await terminal.send("n")
        try await terminal.require("Follow a user")
        try await terminal.send(url, literal: true)
        try await terminal.send("C-s")
        let failed = try await terminal.waitForScreen { $0.contains("Follow a user") && $0.contains("to retry") }
        #expect(failed.matched, "the form stays open with the server's error; screen was:\n\(failed.screen)")
        #expect(failed.screen.contains(url), "what was typed survives")
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: follows) == 1, "no blind retry")
        #expect(try await !Self.following(client).contains(user))

        try await terminal.send("C-s")
        #expect(try await eventually { try await Self.following(client).contains(user) })
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: follows) == 2)
        try await terminal.require("the form closed") { !$0.contains("Follow a user") && $0.contains("Following @\(user)") }
    }

    @Test func verifyingAWebsiteWithoutTheCodeSaysWhyAndKeepsTheForm() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal, client = app.client
        let site = "tack-demo.invalid"
        try #require(try await Self.website(site, client)?.status == "failure")
        try await Self.openWebsites(terminal)

        try await terminal.send("v")
        try await terminal.require("Verify a website")
        try await terminal.send("C-u")                       // clear whatever the form started with
        try await terminal.send(site, literal: true)
        try await terminal.send("C-s")
        let refused = try await terminal.waitFor("Verify a website", "could not be verified", "verification code was not found")
        #expect(refused.matched, "screen was:\n\(refused.screen)")
        #expect(refused.screen.contains("Website  \(site)"), "what was typed survives")
        #expect(await app.sandbox.requestCount(method: "POST", pathTemplate: "/user_account/websites") == 1)
        #expect(try await Self.website(site, client)?.status == "failure", "nothing changed")

        try await terminal.send("Escape")                    // the typed site is not saved: asks first
        try await terminal.require("Discard changes")
        try await terminal.send("y")
        try await terminal.require("the form closed") { !$0.contains("Verify a website") }
    }

    // MARK: - Helpers

    /// Opens the account screen and chooses Following in the menu.
    private static func openFollowing(_ terminal: TmuxSession) async throws {
        try await terminal.require("Boards (")
        try await terminal.send("A")
        try await terminal.require("[Account]")
        try await terminal.send("Down")
        try await terminal.require("Followers (")
        try await terminal.send("Down")
        try await terminal.require("Following (64)")
    }

    /// Opens the account screen and chooses Websites, the menu's last part.
    private static func openWebsites(_ terminal: TmuxSession) async throws {
        try await terminal.require("Boards (")
        try await terminal.send("A")
        try await terminal.require("[Account]")
        try await terminal.send("End")
        try await terminal.require("Websites (3)")
    }

    /// Usernames the account follows, every page.
    private static func following(_ client: PinterestClient) async throws -> Set<String> {
        Set(try await client.userFollowingGetPages().allItems().compactMap(\.username))
    }

    /// A follower the account does not follow, with a username the follow form takes (no dots).
    private static func followerNotFollowedYet(_ client: PinterestClient) async throws -> String {
        let followed = try await following(client)
        let followers = try await client.followersListPages().allItems().compactMap(\.username)
        return try #require(followers.first { $0.contains("_") && !$0.contains(".") && !followed.contains($0) })
    }

    /// The first line of `screen` that contains `text`.
    private static func line(in screen: String, containing text: String) -> Substring? {
        screen.split(separator: "\n").first { $0.contains(text) }
    }

    private static func website(_ site: String, _ client: PinterestClient) async throws -> UserWebsiteSummary? {
        try await client.userWebsitesGetPages().allItems().first { $0.website == site }
    }
}
