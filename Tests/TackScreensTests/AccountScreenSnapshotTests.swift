import Foundation
import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The account screen rendered at 80x24 and 160x50 in the shipped default and mono themes: the text,
/// then where each style goes (`StyleMap`), compared with the committed snapshots.
@Suite struct AccountScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 50)]
    static let themes = ["default", "mono"]

    private func expectScreen(
        _ state: AppState, named scene: String, theme themeName: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try expectThemedSnapshot(state, named: "account-\(scene)", theme: themeName, sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes, themes)
    func profile(size: Size, theme: String) throws {
        try expectScreen(AccountScenes.onAccount(size), named: "profile", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func followersWithSeveralPages(size: Size, theme: String) throws {
        try expectScreen(AccountScenes.followers(size), named: "followers", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func followingOfOneType(size: Size, theme: String) throws {
        try expectScreen(AccountScenes.followingCreators(size), named: "following-creators", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func websitesWithTheSelectedOnesDetail(size: Size, theme: String) throws {
        try expectScreen(AccountScenes.websites(size), named: "websites", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func verificationCode(size: Size, theme: String) throws {
        var state = AccountScenes.websites(size)
        state.accountScreen.verificationCode = .loaded(AccountScenes.code)
        state.accountScreen.isShowingVerificationCode = true
        try expectScreen(state, named: "verification-code", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func followFormWithAShortLink(size: Size, theme: String) throws {
        var state = AccountScenes.followers(size)
        var form = FormState.followUser()
        form.editFocusedText(.insert("https://pin.it/3xYz9"))
        state.form = form
        state.statusMessage = "Not saved: \(form.errors[.followTarget] ?? "")"
        try expectScreen(state, named: "follow-form-invalid", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func unverifyConfirmation(size: Size, theme: String) throws {
        var state = AccountScenes.websites(size)
        state.confirmation = .unverifyWebsite("tack.example.com")
        try expectScreen(state, named: "unverify-confirmation", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func followersPageFailure(size: Size, theme: String) throws {
        var state = AccountScenes.onAccount(size)
        state.accountScreen.section = .followers
        state.accountScreen.focus = .list
        state.accountScreen.followers = ListPane(source: .followers)
        state.accountScreen.followers.request = PageRequest(source: .followers)
        state.accountScreen.followers.phase = .failed(
            APIFailure(userMessage: "rate limited: wait 42 s", status: 429, isRetryable: true))
        try expectScreen(state, named: "followers-failed", theme: theme)
    }
}

/// The account screen's states for the snapshots: the demo account "jules" and a few of its people
/// and websites.
enum AccountScenes {
    static let keymap = Fixtures.keymap(adding: [
        .global: [.showAccount: ["A"]],
        .account: [
            .followUser: ["n"], .followBack: ["F"], .cycleFollowingType: ["t"], .showVerificationCode: ["c"],
            .verifyWebsite: ["v"], .unverifyWebsite: ["x"],
        ],
    ])

    static let profile = Account(
        accountType: .business, id: "549755813999", profileImage: "https://i.example.com/jules-280.jpg",
        websiteUrl: "https://tack.example.com", username: "jules",
        about: "Recipes for hot days, gardens for cold ones.", businessName: "Jules Kitchen", boardCount: 12,
        pinCount: 1_480, followerCount: 48_213, followingCount: 312, monthlyViews: 1_234_567
    )

    static func person(_ username: String) -> UserSummary { UserSummary(type: "user", username: username) }

    /// Two pages of followers, reader01 to reader50, with a third to come.
    static let followers = (1...50).map { person(String(format: "reader%02d", $0)) }

    static let websites = [
        UserWebsiteSummary(website: "tack.example.com", status: "success", verifiedAt: Fixtures.date("2025-04-02T10:11:12Z")),
        UserWebsiteSummary(website: "shop.tack.example.com", status: "pending"),
        UserWebsiteSummary(website: "tack-demo.invalid", status: "failure"),
    ]

    static let code = UserWebsiteVerificationCode(
        verificationCode: "3f8a1c9e2b7d4a60", dnsTxtRecord: "pinterest-site-verification=3f8a1c9e2b7d4a60",
        metatag: "<meta name=\"p:domain_verify\" content=\"3f8a1c9e2b7d4a60\"/>", filename: "pinterest-3f8a1.html",
        fileContent: "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"pinterest\" content=\"3f8a1c9e2b7d4a60\"/></head><body></body></html>"
    )

    /// The account screen on the profile, the focus on the menu.
    static func onAccount(_ size: Size) -> AppState {
        var state = AppState(keymap: keymap, apiHost: "api.pinterest.com", terminalSize: size)
        state.account = .loaded(profile)
        state.screen = .account
        return state
    }

    /// The followers' first two pages, reader03 selected: the account follows reader03 (and mika_bakes).
    static func followers(_ size: Size) -> AppState {
        var state = onAccount(size)
        state.accountScreen.section = .followers
        state.accountScreen.focus = .list
        state.accountScreen.followers = Fixtures.pane(.followers, followers, selected: "reader03", bookmark: "p3")
        state.accountScreen.following = Fixtures.pane(.following(nil), [person("reader03"), person("mika_bakes")], bookmark: "f2")
        return state
    }

    /// The creators the account follows; one of them, mika_bakes, follows it.
    static func followingCreators(_ size: Size) -> AppState {
        var state = onAccount(size)
        state.accountScreen.followers = Fixtures.pane(.followers, [person("reader01"), person("mika_bakes")], bookmark: "p2")
        state.accountScreen.section = .following
        state.accountScreen.focus = .list
        state.accountScreen.followingType = .creatorOnly
        state.accountScreen.following = Fixtures.pane(
            .following(.creatorOnly), ["mika_bakes", "studio_lune", "green_thumbs"].map(person))
        return state
    }

    /// The websites, the verified one selected.
    static func websites(_ size: Size) -> AppState {
        var state = onAccount(size)
        state.accountScreen.section = .websites
        state.accountScreen.focus = .list
        state.accountScreen.websites = Fixtures.pane(.websites, websites, selected: "tack.example.com")
        return state
    }
}
