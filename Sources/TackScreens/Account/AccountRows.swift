import PinterestAPI
import TackCore

/// Rows of the account screen's lists.
public enum AccountRows {
    /// A person: "@username", with how they relate to the account beyond the list they are in, as far
    /// as the loaded lists tell: a follower the account follows back, a followed user who follows it.
    public static func person(_ person: UserSummary, note: String?) -> ListRow {
        ListRow(text: "@\(person.id)", trailing: note ?? "")
    }

    public static func business(_ business: LinkedBusiness) -> ListRow {
        ListRow(text: "@\(business.id)")
    }

    /// A website, with its status and the day it was verified.
    public static func website(_ website: UserWebsiteSummary) -> ListRow {
        let status = website.status.map(DetailFormat.enumName) ?? ""
        let day = website.verifiedAt.map { String(DetailFormat.timestamp($0).prefix(10)) }
        return ListRow(text: website.id, trailing: [status, day].compactMap(\.self).joined(separator: " "))
    }

    /// A part of the account in the menu, with its count where one is known.
    static func menuRow(_ section: AccountSection, count: String?) -> ListRow {
        ListRow(text: section.title, trailing: count ?? "")
    }
}
