import Foundation
import PinterestAPI

// How the API's models print as table rows. Their JSON is their Codable form (the API's field names).

extension Board: TableRow {
    static let columns = ["ID", "NAME", "PRIVACY", "PINS", "FOLLOWERS", "DESCRIPTION"]
    var cells: [String] { [id, name, privacy.cell, pinCount.cell, followerCount.cell, description.cell] }
}

extension BoardSection: TableRow {
    static let columns = ["ID", "NAME"]
    var cells: [String] { [id, name] }
}

extension Pin: TableRow {
    static let columns = ["ID", "TITLE", "BOARD", "SECTION", "CREATED", "LINK"]
    var cells: [String] {
        [id, title.cell, boardId.cell, boardSectionId.cell, createdAt.map(PinterestTimestamp.day).cell, link.cell]
    }
}

extension UserSummary: TableRow {
    static let columns = ["USERNAME", "TYPE"]
    var cells: [String] { [username.cell, type.cell] }
}

extension UserWebsiteSummary: TableRow {
    static let columns = ["WEBSITE", "STATUS", "VERIFIED"]
    var cells: [String] { [website.cell, status.cell, verifiedAt.map { $0.formatted(.iso8601) }.cell] }
}

extension LinkedBusiness: TableRow {
    static let columns = ["USERNAME", "IMAGE"]
    var cells: [String] { [username.cell, (imageLargeUrl ?? imageMediumUrl ?? imageSmallUrl).cell] }
}

extension Account: TableRow {
    static let columns = [
        "Username", "Type", "Business name", "Boards", "Pins", "Followers", "Following", "Monthly views", "Website", "About",
    ]
    var cells: [String] {
        [
            username.cell, accountType.cell, businessName.cell, boardCount.cell, pinCount.cell, followerCount.cell,
            followingCount.cell, monthlyViews.cell, websiteUrl.cell, about.cell,
        ]
    }
}

extension UserWebsiteVerificationCode: TableRow {
    static let columns = ["Verification code", "DNS TXT record", "Meta tag", "File name", "File content"]
    var cells: [String] { [verificationCode.cell, dnsTxtRecord.cell, metatag.cell, filename.cell, fileContent.cell] }
}
