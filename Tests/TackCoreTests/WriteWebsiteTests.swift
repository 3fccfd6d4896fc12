import PinterestAPI
import TackCore
import Testing

@Suite("Writes: verifying and unverifying a website")
struct WriteWebsiteTests {
    private typealias F = AccountFixture

    private static let refused = APIFailure(userMessage: "the code is not on example.org yet", status: 409, isRetryable: false)

    private func addresses(_ state: AppState) -> [String] { state.accountScreen.websites.visibleItems.map(\.id) }

    // MARK: - Verify

    @Test func verifyWebsiteIsPrefilledWithTheSelectedWebsite() {
        var state = F.withWebsites()
        send(&state, .command(.moveDown), .command(.verifyWebsite))
        #expect(state.form == .verifyWebsite("shop.example.com/store"))
        #expect(state.form?[.verificationMethod]?.selectedOption?.id == "METATAG")
        #expect(requestedWrite(in: reduce(&state, .command(.submit)))
            == .verifyWebsite(website: "shop.example.com/store", method: .metatag))
    }

    @Test(arguments: [AccountSection.profile, .followers])
    func verifyWebsiteElsewhereOpensAnEmptyForm(section: AccountSection) {
        var state = F.withWebsites()
        state.accountScreen.focus = .menu
        F.choose(section, in: &state)
        send(&state, .command(.verifyWebsite))
        #expect(state.form == .verifyWebsite())
    }

    @Test(arguments: ["https://example.org/", "http://example.org", "example.org//", "  example.org  "])
    func theSchemeAndTrailingSlashAreNotSent(typed: String) {
        var state = F.withWebsites()
        send(&state, .command(.moveDown), .command(.verifyWebsite))
        fill(&state, .website, with: typed)
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == .verifyWebsite(website: "example.org", method: .metatag))
    }

    @Test func theMethodChosenIsSent() {
        var state = F.onAccount()
        send(&state, .command(.verifyWebsite), .terminal(.paste("example.org/shop/")), .command(.nextField), .command(.activateField))
        #expect(state.form?[.verificationMethod]?.selectedOption?.label == "DNS TXT record")
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == .verifyWebsite(website: "example.org/shop", method: .dnsTXT))
    }

    @Test func anAddressThatIsNoWebsiteKeepsTheForm() {
        var state = F.onAccount()
        send(&state, .command(.verifyWebsite), .terminal(.paste("my shop")))
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form?.phase == .editing)
        #expect(state.statusMessage == "Not saved: Website must be a website address like example.com or example.com/shop")
    }

    @Test func aNewlyVerifiedWebsiteJoinsTheListSelected() {
        var state = F.withWebsites()
        send(&state, .command(.verifyWebsite))
        fill(&state, .website, with: "https://example.org/")
        let request = WriteRequest.verifyWebsite(website: "example.org", method: .metatag)
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == request)
        #expect(addresses(state) == ["example.com", "shop.example.com/store"], "nothing changes before Pinterest answers")

        let verified = F.website("example.org")
        #expect(reduce(&state, .writeSucceeded(request, .website(verified))) == .none)
        #expect(state.form == nil)
        #expect(addresses(state) == ["example.com", "shop.example.com/store", "example.org"])
        #expect(state.accountScreen.websites.selectedID == "example.org")
        #expect(state.statusMessage == "Website “example.org” verified")
    }

    @Test func aReverifiedWebsiteIsReplacedInPlace() {
        var state = F.withWebsites()
        send(&state, .command(.moveDown), .command(.verifyWebsite), .command(.submit))
        state.accountScreen.websites.selectedID = "example.com"
        let request = WriteRequest.verifyWebsite(website: "shop.example.com/store", method: .metatag)
        let verified = F.website("shop.example.com/store", status: "verified", day: 20_400)
        send(&state, .writeSucceeded(request, .website(verified)))
        #expect(state.accountScreen.websites.items == [F.websites[0], verified])
        #expect(state.accountScreen.websites.selectedID == "shop.example.com/store")
    }

    @Test func aVerifiedWebsiteIsNotAddedToWebsitesNotLoaded() {
        var state = F.onAccount()
        send(&state, .command(.verifyWebsite), .terminal(.paste("example.org")), .command(.submit))
        send(&state, .writeSucceeded(.verifyWebsite(website: "example.org", method: .metatag), .website(F.website("example.org"))))
        #expect(state.accountScreen.websites.items.isEmpty)
        #expect(state.statusMessage == "Website “example.org” verified")
    }

    @Test func aFailedVerifyKeepsTheFormWithTheFailure() {
        var state = F.withWebsites()
        send(&state, .command(.verifyWebsite))
        fill(&state, .website, with: "example.org")
        send(&state, .command(.submit))
        send(&state, .writeFailed(.verifyWebsite(website: "example.org", method: .metatag), Self.refused))
        #expect(state.form?.phase == .failed(Self.refused))
        #expect(state.form?[.website]?.submittedText == "example.org")
        #expect(addresses(state) == ["example.com", "shop.example.com/store"])
    }

    // MARK: - Unverify

    /// The websites listed, with the shipped default keys (y confirms, enter accepts).
    private func websitesWithPresetKeys() throws -> AppState {
        F.withWebsites(keymap: try KeymapLoader.load(preset: "default", userFile: nil, presets: TestFiles.presets))
    }

    @Test func unverifyAsksFirstNamingTheWebsite() throws {
        var state = try websitesWithPresetKeys()
        #expect(reduce(&state, .command(.unverifyWebsite)) == .none)
        #expect(state.confirmation == .unverifyWebsite("example.com"))
        #expect(state.confirmation?.message.first == "Unverify “example.com”?")
        #expect(state.activeContext == .confirm)
        #expect(addresses(state) == ["example.com", "shop.example.com/store"])
    }

    @Test(arguments: [AccountSection.profile, .followers])
    func unverifyOutsideTheWebsitesSaysWhereToGo(section: AccountSection) {
        var state = F.withWebsites()
        state.accountScreen.focus = .menu
        F.choose(section, in: &state)
        #expect(reduce(&state, .command(.unverifyWebsite)) == .none)
        #expect(state.confirmation == nil)
        #expect(state.statusMessage == "Choose a website under Websites to unverify it")
    }

    @Test func enterDoesNotUnverify() throws {
        var state = try websitesWithPresetKeys()
        send(&state, .command(.unverifyWebsite))
        #expect(reduce(&state, .command(.acceptDialog)) == .none)
        #expect(state.confirmation == .unverifyWebsite("example.com"), "the dialog stays open")
        #expect(state.statusMessage == "Press y to unverify")
        #expect(addresses(state) == ["example.com", "shop.example.com/store"])
    }

    @Test func cancellingUnverifiesNothing() throws {
        var state = try websitesWithPresetKeys()
        send(&state, .command(.unverifyWebsite))
        #expect(reduce(&state, .command(.cancelDialog)) == .none)
        #expect(state.confirmation == nil)
        #expect(addresses(state) == ["example.com", "shop.example.com/store"])
    }

    @Test func aConfirmedUnverifyRemovesTheWebsiteAtOnce() throws {
        var state = try websitesWithPresetKeys()
        let request = WriteRequest.unverifyWebsite(website: "example.com")
        send(&state, .command(.unverifyWebsite))
        #expect(reduce(&state, .command(.confirm)) == .request(id: .write(request), .write(request)))
        #expect(state.confirmation == nil)
        #expect(addresses(state) == ["shop.example.com/store"])
        #expect(state.accountScreen.websites.selectedID == "shop.example.com/store")

        send(&state, .writeSucceeded(request, .deleted))
        #expect(addresses(state) == ["shop.example.com/store"])
        #expect(state.statusMessage == "Website “example.com” unverified")
    }

    @Test func aFailedUnverifyPutsTheWebsiteBackWhereItWas() throws {
        var state = try websitesWithPresetKeys()
        let request = WriteRequest.unverifyWebsite(website: "example.com")
        send(&state, .command(.unverifyWebsite), .command(.confirm))
        send(&state, .writeFailed(request, F.failure))
        #expect(state.accountScreen.websites.items == F.websites)
        #expect(state.statusMessage == "Could not unverify website “example.com”: rate limited: wait 42 s")
    }
}
