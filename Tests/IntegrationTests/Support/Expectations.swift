import Foundation
import PinterestAPI
import Testing

/// Runs a call that must fail and returns its `PinterestError`, recording an issue when it succeeds
/// or throws anything else.
func expectPinterestError(
    sourceLocation: SourceLocation = #_sourceLocation, _ call: () async throws -> some Any
) async throws -> PinterestError {
    try await #require(throws: PinterestError.self, sourceLocation: sourceLocation) { try await call() }
}

/// Checks an HTTP error answer: status, Pinterest's code, the sandbox's message (containing
/// `messageNaming`), and a user message that carries both that message and the documented meaning.
func expectHTTPError(
    _ error: PinterestError, status: Int, code: Int, messageNaming fragment: String, meaning: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(error.kind == .http, sourceLocation: sourceLocation)
    #expect(error.status == status, sourceLocation: sourceLocation)
    #expect(error.code == code, sourceLocation: sourceLocation)
    #expect(error.message.contains(fragment), "message: \(error.message)", sourceLocation: sourceLocation)
    #expect(error.documentedMeaning == meaning, sourceLocation: sourceLocation)
    #expect(error.userMessage.contains(error.message), sourceLocation: sourceLocation)
    #expect(error.userMessage.contains(meaning), "userMessage: \(error.userMessage)", sourceLocation: sourceLocation)
}

/// A UTC day `offset` days from today, as analytics date parameters take it.
func day(_ offset: Int) -> Date {
    Date(timeIntervalSinceNow: Double(offset) * 86_400)
}

/// Follows a list's bookmarks by hand, one call per page, the way a pane loading more does.
/// Stops after 100 pages so a bookmark that never ends fails the test instead of hanging it.
func pagesByBookmark<Item>(_ fetch: (_ bookmark: String?) async throws -> Page<Item>) async throws -> [Page<Item>] {
    var pages: [Page<Item>] = []
    var bookmark: String?
    repeat {
        let page = try await fetch(bookmark)
        pages.append(page)
        bookmark = page.bookmark
    } while bookmark != nil && pages.count < 100
    #expect(bookmark == nil, "the list did not end within 100 pages")
    return pages
}
