import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the website verification code over the account screen")
struct ReducerVerificationCodeTests {
    private typealias F = AccountFixture

    static let code = UserWebsiteVerificationCode(
        verificationCode: "a1b2c3", dnsTxtRecord: "pinterest-site-verification=a1b2c3",
        metatag: "<meta name=\"p:domain_verify\" content=\"a1b2c3\"/>", filename: "pinterest-a1b2c3.html",
        fileContent: "<!DOCTYPE html><html><head><meta name=\"pinterest\" content=\"a1b2c3\"/></head></html>"
    )
    private let fetch = Effect.request(id: .websiteVerificationCode, .websiteVerificationCode)

    @Test func theCodeIsFetchedOnceAndShownOverTheScreen() {
        var state = F.withWebsites()
        #expect(reduce(&state, .command(.showVerificationCode)) == fetch)
        #expect(state.accountScreen.verificationCode == .loading)
        #expect(state.statusMessage == "Getting the verification code…")
        #expect(reduce(&state, .command(.showVerificationCode)) == .none, "it is on its way")

        #expect(reduce(&state, .accountScreen(.verificationCodeLoaded(Self.code))) == .none)
        #expect(state.accountScreen.verificationCode == .loaded(Self.code))
        #expect(state.accountScreen.isShowingVerificationCode)
    }

    @Test func theNextKeyClosesTheCodeAndDoesNothingElse() {
        var state = F.withWebsites()
        send(&state, .command(.showVerificationCode), .accountScreen(.verificationCodeLoaded(Self.code)))
        var expected = state
        expected.accountScreen.isShowingVerificationCode = false
        expected.statusMessage = nil
        #expect(reduce(&state, Fixture.key("j")) == .none)
        #expect(state == expected, "j closed the code and did not move down the websites")
        #expect(state.accountScreen.websites.selectedID == "example.com")

        send(&state, Fixture.key("j"))
        #expect(state.accountScreen.websites.selectedID == "shop.example.com/store", "keys act again")
    }

    @Test func theCodeIsShownAgainWithoutFetchingIt() {
        var state = F.withWebsites()
        send(&state, .command(.showVerificationCode), .accountScreen(.verificationCodeLoaded(Self.code)), Fixture.key("j"))
        #expect(!state.accountScreen.isShowingVerificationCode)
        #expect(reduce(&state, .command(.showVerificationCode)) == .none)
        #expect(state.accountScreen.isShowingVerificationCode)
    }

    @Test func aFailureSaysSoAndTheNextAskFetchesAgain() {
        var state = F.onAccount()
        send(&state, .command(.showVerificationCode))
        #expect(reduce(&state, .accountScreen(.verificationCodeFailed(F.failure))) == .none)
        #expect(state.accountScreen.verificationCode == .failed(F.failure))
        #expect(!state.accountScreen.isShowingVerificationCode)
        #expect(state.statusMessage == "Could not get the verification code: rate limited: wait 42 s")

        #expect(reduce(&state, .command(.showVerificationCode)) == fetch)
        #expect(state.accountScreen.verificationCode == .loading)
        send(&state, .accountScreen(.verificationCodeLoaded(Self.code)))
        #expect(state.accountScreen.isShowingVerificationCode)
    }

    @Test func answersNobodyWaitsForAreIgnored() {
        var state = F.onAccount()
        let before = state
        send(&state, .accountScreen(.verificationCodeLoaded(Self.code)), .accountScreen(.verificationCodeFailed(F.failure)))
        #expect(state == before, "the code was not asked for")

        send(&state, .command(.showVerificationCode), .accountScreen(.verificationCodeLoaded(Self.code)), Fixture.key("j"))
        let loaded = state
        let other = UserWebsiteVerificationCode(verificationCode: "zzz")
        send(&state, .accountScreen(.verificationCodeLoaded(other)), .accountScreen(.verificationCodeFailed(F.failure)))
        #expect(state == loaded, "the code came already")
    }

    @Test func aCodeArrivingOnAnotherScreenWaitsOnTheAccountScreen() {
        var state = F.withWebsites()
        send(&state, .command(.showVerificationCode), .command(.showBoards))
        send(&state, .accountScreen(.verificationCodeLoaded(Self.code)))
        #expect(state.screen == .boards)
        #expect(!state.accountScreen.isShowingVerificationCode)
        #expect(state.statusMessage == "The website verification code is ready under Account › Websites")
        send(&state, Fixture.key("j"))
        #expect(state.boardsScreen.boards.selectedID == "b2", "j moves down the boards")

        send(&state, .command(.showAccount))
        #expect(reduce(&state, .command(.showVerificationCode)) == .none)
        #expect(state.accountScreen.isShowingVerificationCode)
    }
}
