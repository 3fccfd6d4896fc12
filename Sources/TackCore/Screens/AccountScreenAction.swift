import PinterestAPI

/// The answers the account screen's effects send back. A page answer carries the `PageRequest` it
/// answers, so an answer for a list the pane no longer waits for is ignored.
public enum AccountScreenAction: Sendable, Equatable {
    /// A page of followers or of followed users (the request's source says which).
    case peoplePageLoaded(PageRequest, [UserSummary], bookmark: String?)
    /// The linked business accounts (one page).
    case businessesLoaded(PageRequest, [LinkedBusiness])
    case websitesPageLoaded(PageRequest, [UserWebsiteSummary], bookmark: String?)
    case verificationCodeLoaded(UserWebsiteVerificationCode)
    case verificationCodeFailed(APIFailure)
}
