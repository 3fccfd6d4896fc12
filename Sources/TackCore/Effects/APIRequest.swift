/// One API call an effect makes, described as a value.
public enum APIRequest: Hashable, Sendable {
    /// user_account/get.
    case account
    /// One page of a list operation.
    case page(PageRequest)
    /// This page of a list and every one after it, each answered as it arrives (one action a page,
    /// in order): each next page is asked for as soon as the one before it arrives, while that one is
    /// decoded. For a pane that loads every page; cancelling it stops the pages still to come.
    case pages(PageRequest)
    /// Every section of a board, all pages (for a section picker, or to count what a board delete removes).
    case boardSections(boardId: String)
    /// How many pins a board section holds, counted over all pages (for a section delete's confirmation).
    case sectionPinCount(boardId: String, sectionId: String)
    /// Every one of the account's boards, all pages (for a board picker when the pane has not loaded them all).
    case allOwnBoards
    /// What to publish on a website to claim it (website_verification_get).
    case websiteVerificationCode
    /// user_account/analytics for a window of days, with filters and a split.
    case accountAnalytics(AccountMetricsQuery)
    /// user_account/analytics/top_pins or top_video_pins.
    case topPins(TopPinsQuery)
    /// pins_analytics for one pin, or multi_pins/analytics for pins compared.
    case pinAnalytics(PinAnalyticsQuery)
    /// pins/get: one pin by id.
    case pin(id: String)
    /// A create, update, move, save or delete.
    case write(WriteRequest)
}

/// One page of a list: which list, from which bookmark, how many items.
///
/// It is also the identity of the answer: a pane accepts a page only for the request it last issued.
public struct PageRequest: Hashable, Sendable {
    public var source: ListSource
    /// nil for the first page.
    public var bookmark: String?
    public var pageSize: Int

    /// The page size every pane requests: the most the API gives for these lists.
    public static let defaultPageSize = 250

    public init(source: ListSource, bookmark: String? = nil, pageSize: Int = PageRequest.defaultPageSize) {
        self.source = source
        self.bookmark = bookmark
        self.pageSize = pageSize
    }

    public var isFirstPage: Bool { bookmark == nil }
}
