import Foundation
import PinterestAPI
import Testing

/// Which texts are API roots, and what the user reads about those that are not.
struct APIBaseURLTests {
    @Test(arguments: [
        "https://api.pinterest.com/v5", "https://api-sandbox.pinterest.com/v5", "http://127.0.0.1:8085/v5",
        "http://localhost:1/v5/", "https://example.com/pinterest/v12", "http://[::1]:65535/v5",
    ])
    func acceptsAnAPIRoot(text: String) throws {
        #expect(try APIBaseURL.parse(text).absoluteString == text)
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        var text: String
        var reason: String
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    @Test(arguments: [
        Rejected(text: "http://127.0.0.1:99999/v5", reason: "the port 99999 is out of range (1-65535)"),
        Rejected(text: "http://127.0.0.1:0/v5", reason: "the port 0 is out of range (1-65535)"),
        Rejected(text: "http:///v5", reason: "it has no host"),
        Rejected(text: "http://:8085/v5", reason: "it has no host"),
        Rejected(text: "127.0.0.1:8085/v5", reason: "it has no scheme"),
        Rejected(text: "api.pinterest.com/v5", reason: "it has no scheme"),
        Rejected(text: "", reason: "it has no scheme"),
        Rejected(text: "ftp://example.com/v5", reason: "Tack speaks only http and https, not ftp://"),
        Rejected(text: "https://api.pinterest.com", reason: "its path must end in the API version"),
        Rejected(text: "https://api.pinterest.com/v5/boards", reason: "its path must end in the API version"),
        Rejected(text: "https://api.pinterest.com/v", reason: "its path must end in the API version"),
        Rejected(text: "https://api.pinterest.com/v5?x=1", reason: "it must not have a query"),
        Rejected(text: "https://user:secret@api.pinterest.com/v5", reason: "it must not hold a user name or password"),
        Rejected(text: "http://exa mple.com/v5", reason: "it is not a valid URL"),
    ])
    func refusesWithAReason(rejected: Rejected) {
        #expect {
            _ = try APIBaseURL.parse(rejected.text)
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix(rejected.reason) && !description.contains("secret")
        }
    }
}
