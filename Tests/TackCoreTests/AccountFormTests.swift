import PinterestAPI
import TackCore
import Testing

/// The account screen's two forms, "Follow a user" and "Verify a website": their fields, what they
/// refuse, and the write they submit.
@Suite("Forms: follow a user, verify a website")
struct AccountFormTests {
    // MARK: - Follow a user

    @Test func theFollowFormAsksForOneUser() {
        let form = FormState.followUser()
        #expect(form.kind == .followUser)
        #expect(form.title == "Follow a user")
        #expect(form.fields.map(\.id) == [.followTarget])
        #expect(form.fields[0].label == "User")
        #expect(form.fields[0].hint == "a username, or a pinterest.com profile URL")
        #expect(!form.isDirty)
        #expect(form.writeRequest() == nil)
        #expect(form.errors == [.followTarget: "User is required"])
    }

    @Test(arguments: [
        ("mika_bakes", "mika_bakes"), (" @mika_bakes ", "mika_bakes"),
        ("https://www.pinterest.com/mika_bakes/", "mika_bakes"), ("pinterest.de/Mika_Bakes/_created", "Mika_Bakes"),
    ])
    func theFollowFormSubmitsTheUsername(typed: String, username: String) {
        var form = FormState.followUser()
        form.type(typed, into: .followTarget)
        #expect(form.errors.isEmpty)
        #expect(form.writeRequest() == .followUser(username: username))
    }

    @Test(arguments: [
        ("https://pin.it/3xYz9", FollowTargetProblem.shortLink),
        ("pinterest.com/mika_bakes/cakes", .board(owner: "mika_bakes")),
        ("https://www.pinterest.com/pin/813744226373/", .notProfile(page: "a pin")),
        ("549755885175", .allDigits),
        ("mika bakes", .invalidCharacter(" ")),
    ])
    func theFollowFormRefusesWhatNamesNoUser(typed: String, problem: FollowTargetProblem) {
        var form = FormState.followUser()
        form.type(typed, into: .followTarget)
        #expect(form.errors == [.followTarget: problem.message])
        #expect(form.writeRequest() == nil)
        #expect(!form.canSubmit)
    }

    @Test func aShortLinkIsRefusedWithWhatToDoInstead() {
        #expect(FollowTargetProblem.shortLink.message
            == "Tack cannot open pin.it short links: open it in a browser and paste the profile address it leads to.")
        #expect(FollowTargetProblem.board(owner: "mika_bakes").message
            == "That is a board, not a profile: to follow its owner, type mika_bakes.")
    }

    // MARK: - Verify a website

    @Test func theVerifyFormAsksForTheWebsiteAndTheMethod() {
        let form = FormState.verifyWebsite("example.com")
        #expect(form.kind == .verifyWebsite)
        #expect(form.title == "Verify a website")
        #expect(form.fields.map(\.id) == [.website, .verificationMethod])
        #expect(form.text(of: .website) == "example.com")
        guard case .choice(let options, let selected)? = form[.verificationMethod]?.value else {
            Issue.record("the method is a choice")
            return
        }
        #expect(options.map(\.id) == ["METATAG", "DNSTXT", "FILENAME"])
        #expect(options.map(\.label) == ["Meta tag in the home page", "DNS TXT record", "File on the website"])
        #expect(selected == 0)
        #expect(!form.isDirty, "a prefilled form is unchanged")
        #expect(form.writeRequest() == .verifyWebsite(website: "example.com", method: .metatag))
    }

    @Test func anEmptyVerifyFormIsRefused() {
        let form = FormState.verifyWebsite()
        #expect(form.text(of: .website) == "")
        #expect(form.errors == [.website: "Website is required"])
        #expect(form.writeRequest() == nil)
    }

    @Test(arguments: [(1, WebsiteVerificationMethod.dnsTXT), (2, .filename), (3, .metatag)])
    func eachMethodIsSentAsTheAPINamesIt(steps: Int, method: WebsiteVerificationMethod) {
        var form = FormState.verifyWebsite("example.com")
        form.focus(.verificationMethod)
        for _ in 0..<steps { form.cycleFocusedChoice(by: 1) }
        #expect(form.writeRequest() == .verifyWebsite(website: "example.com", method: method))
    }

    @Test(arguments: [
        ("example.com", "example.com"), ("https://example.com/", "example.com"), ("HTTP://Example.com", "Example.com"),
        ("shop.example.com/store/", "shop.example.com/store"), ("  example.co.uk ", "example.co.uk"),
        ("https://xn--bcher-kva.example", "xn--bcher-kva.example"), ("bücher.example", "bücher.example"),
    ])
    func theWebsiteIsSentWithoutSchemeOrTrailingSlash(typed: String, sent: String) {
        #expect(WebsiteAddress(typed)?.text == sent)
        var form = FormState.verifyWebsite()
        form.type(typed, into: .website)
        #expect(form.writeRequest() == .verifyWebsite(website: sent, method: .metatag))
    }

    @Test(arguments: [
        "example", "my shop.com", "example..com", ".example.com", "example.com.", "ftp://example.com",
        "https://", "example.com/a b", "user@example.com", "example.com:8080", "https://example.com?x=1",
        // The API refuses a query, a fragment and a label that starts or ends with a hyphen.
        "example.com/shop?ref=pin", "example.com/#top", "-shop.example.com", "shop-.example.com",
    ])
    func whatIsNoWebsiteIsRefused(typed: String) {
        #expect(WebsiteAddress(typed) == nil)
        var form = FormState.verifyWebsite()
        form.type(typed, into: .website)
        #expect(form.errors == [.website: "Website must be a website address like example.com or example.com/shop"])
        #expect(form.writeRequest() == nil)
    }
}
