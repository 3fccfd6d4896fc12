import PinterestAPI

/// What the account screen shows of the profile, a person, a linked business and a website.
public enum AccountDetail {
    /// The profile: counts for people ("48.2k") with every field in the list area; `exact` gives the
    /// detail pane's view, the counts in full ("48,213") and the account id.
    public static func profile(_ account: Account, exact: Bool) -> DetailContent {
        let count: (Int?) -> String? = { $0.map(exact ? CountFormat.exact : CountFormat.compact) }
        let counts: [DetailField?] = [
            .text("followers", count(account.followerCount)),
            .text("following", count(account.followingCount)),
            .text("boards", count(account.boardCount)),
            .text("pins", count(account.pinCount)),
            .text("monthly views", count(account.monthlyViews)),
        ]
        let about: [DetailField?] = [
            .text("account type", account.accountType.map { DetailFormat.enumName($0.rawValue) }),
            .text("business name", account.businessName),
            .paragraph("about", account.about),
            .paragraph("website", account.websiteUrl),
            .paragraph("profile image", account.profileImage),
        ]
        let fields = exact ? counts + [.text("account id", account.id)] : counts + about
        return DetailContent(
            kind: exact ? "Profile: exact counts" : "Profile",
            heading: account.username.map { "@\($0)" } ?? "Your account", fields: fields.compactMap { $0 })
    }

    /// A follower or followed user: what the API gives (username and type), and what the loaded lists
    /// tell about the relation.
    public static func person(_ person: UserSummary, followsYou: Bool?, youFollow: Bool?) -> DetailContent {
        let fields: [DetailField?] = [
            .text("username", person.username),
            .text("type", person.type),
            .text("follows you", followsYou.map(DetailFormat.yesNo)),
            .text("you follow", youFollow.map(DetailFormat.yesNo)),
            .paragraph("profile", person.username.map { "https://www.pinterest.com/\($0)/" }),
        ]
        return DetailContent(
            kind: "Person", heading: person.username.map { "@\($0)" } ?? "(no username)", fields: fields.compactMap { $0 })
    }

    public static func business(_ business: LinkedBusiness) -> DetailContent {
        let fields: [DetailField?] = [
            .text("username", business.username),
            .paragraph("image (small)", business.imageSmallUrl),
            .paragraph("image (medium)", business.imageMediumUrl),
            .paragraph("image (large)", business.imageLargeUrl),
            .paragraph("image (x-large)", business.imageXlargeUrl),
        ]
        return DetailContent(
            kind: "Linked business", heading: business.username.map { "@\($0)" } ?? "(no username)",
            fields: fields.compactMap { $0 })
    }

    public static func website(_ website: UserWebsiteSummary) -> DetailContent {
        let fields: [DetailField?] = [
            .text("status", website.status.map(DetailFormat.enumName)),
            .text("verified", website.verifiedAt.map(DetailFormat.timestamp)),
        ]
        return DetailContent(
            kind: "Website", heading: website.website ?? "(no address)", fields: fields.compactMap { $0 })
    }
}
