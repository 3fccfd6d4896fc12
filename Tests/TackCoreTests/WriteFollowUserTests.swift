import PinterestAPI
import TackCore
import Testing

@Suite("Writes: following a user, from the form and from the followers")
struct WriteFollowUserTests {
    private typealias F = AccountFixture

    private static let mika = AccountFixture.person("mika_bakes")
    private static let follow = WriteRequest.followUser(username: "mika_bakes")
    private static let notFound = APIFailure(userMessage: "no user mika_bakes", status: 404, isRetryable: false)

    private func followingCount(_ state: AppState) -> Int? { state.account.value?.followingCount }

    /// The "Follow a user" form with `text` typed into it, submitted.
    private func submitFollow(_ text: String, in state: inout AppState) -> Effect {
        send(&state, .command(.followUser), .terminal(.paste(text)))
        return reduce(&state, .command(.submit))
    }

    // MARK: - The form

    @Test func followUserOpensTheFormFromAnyPart() {
        var state = F.onAccount()
        #expect(reduce(&state, .command(.followUser)) == .none)
        #expect(state.form == .followUser())
        #expect(state.activeContext == .form)
    }

    @Test(arguments: ["mika_bakes", "@mika_bakes", "https://www.pinterest.com/mika_bakes/", "pinterest.co.uk/mika_bakes/_saved/"])
    func aUsernameOrAProfileAddressFollowsThatUser(typed: String) {
        var state = F.withFollowing([F.person("ana")])
        let effect = submitFollow(typed, in: &state)
        #expect(effect == .request(id: .write(Self.follow), .write(Self.follow)))
        #expect(state.form?.isSubmitting == true)
        #expect(F.usernames(state.accountScreen.following) == ["ana"], "nothing changes before Pinterest answers")
        #expect(followingCount(state) == 40)
    }

    @Test(arguments: [
        ("https://pin.it/3xYz9", FollowTargetProblem.shortLink),
        ("https://www.pinterest.com/mika_bakes/cakes/", .board(owner: "mika_bakes")),
        ("https://example.com/mika_bakes", .notPinterest(host: "example.com")),
    ])
    func anAddressThatIsNoProfileKeepsTheFormAndSaysWhy(typed: String, problem: FollowTargetProblem) {
        var state = F.onAccount()
        #expect(submitFollow(typed, in: &state) == .none)
        #expect(state.form?.phase == .editing)
        #expect(state.form?[.followTarget]?.submittedText == typed)
        #expect(state.form?.errors[.followTarget] == problem.message)
        #expect(state.statusMessage == "Not saved: \(problem.message)")
    }

    @Test func anEmptyFormIsNotSent() {
        var state = F.onAccount()
        send(&state, .command(.followUser))
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form?.phase == .editing)
        #expect(state.statusMessage == "Not saved: User is required")
    }

    @Test func aFollowJoinsTheListOfEveryoneFollowedAndCountsOnce() {
        var state = F.withFollowing([F.person("ana"), F.person("ben")])
        _ = submitFollow("mika_bakes", in: &state)
        #expect(reduce(&state, .writeSucceeded(Self.follow, .user(Self.mika))) == .none)
        #expect(state.form == nil)
        #expect(state.statusMessage == "Following @mika_bakes")
        #expect(F.usernames(state.accountScreen.following) == ["mika_bakes", "ana", "ben"])
        #expect(state.accountScreen.following.selectedID == "mika_bakes")
        #expect(followingCount(state) == 41)

        _ = submitFollow("@mika_bakes", in: &state)
        send(&state, .writeSucceeded(Self.follow, .user(Self.mika)))
        #expect(F.usernames(state.accountScreen.following) == ["mika_bakes", "ana", "ben"], "listed once")
        #expect(followingCount(state) == 41, "counted once")
    }

    @Test func aFollowIsNotListedUnderAFollowingType() {
        var state = F.withFollowing([F.person("ana")])
        send(&state, .command(.cycleFollowingType))
        send(&state, .accountScreen(.peoplePageLoaded(F.followingPage(.creatorOnly), [F.person("maker")], bookmark: nil)))
        _ = submitFollow("mika_bakes", in: &state)
        send(&state, .writeSucceeded(Self.follow, .user(Self.mika)))
        #expect(F.usernames(state.accountScreen.following) == ["maker"], "Pinterest decides who is a creator")
        #expect(followingCount(state) == 41)
        #expect(state.statusMessage == "Following @mika_bakes")
    }

    @Test func aFailedFollowKeepsTheFormWithTheFailure() {
        var state = F.withFollowing([F.person("ana")])
        _ = submitFollow("https://www.pinterest.com/mika_bakes/", in: &state)
        #expect(reduce(&state, .writeFailed(Self.follow, Self.notFound)) == .none)
        #expect(state.form?.phase == .failed(Self.notFound))
        #expect(state.form?[.followTarget]?.submittedText == "https://www.pinterest.com/mika_bakes/", "what was typed stays")
        #expect(state.activeContext == .form)
        #expect(F.usernames(state.accountScreen.following) == ["ana"])
        #expect(followingCount(state) == 40)

        let again = reduce(&state, .command(.submit))
        #expect(requestedWrite(in: again) == Self.follow, "the form can be sent again")
    }

    // MARK: - Follow back

    /// Followers ana, ben and cleo; the account follows ben.
    private func followersAndFollowing() -> AppState {
        var state = F.withFollowing([F.person("ben")])
        state.accountScreen.focus = .menu
        F.choose(.followers, in: &state)
        send(&state, .accountScreen(.peoplePageLoaded(F.followersPage, ["ana", "ben", "cleo"].map(F.person), bookmark: nil)))
        send(&state, .command(.open))
        return state
    }

    @Test func followBackFollowsTheSelectedFollower() {
        var state = followersAndFollowing()
        let request = WriteRequest.followUser(username: "ana")
        #expect(reduce(&state, .command(.followBack)) == .request(id: .write(request), .write(request)))
        #expect(state.statusMessage == "Following @ana…")
        #expect(state.form == nil)

        send(&state, .writeSucceeded(request, .user(F.person("ana"))))
        #expect(state.statusMessage == "Following @ana")
        #expect(F.usernames(state.accountScreen.following) == ["ana", "ben"])
        #expect(followingCount(state) == 41)
        #expect(state.accountScreen.section == .followers, "the followers stay on view")
    }

    @Test func aFollowBackIsRememberedBeforeTheFollowingListIsLoaded() {
        var state = F.withFollowers([F.person("ana"), F.person("ben")])
        #expect(state.accountScreen.following.source == nil, "Following was never opened")
        let request = WriteRequest.followUser(username: "ana")
        send(&state, .command(.followBack), .writeSucceeded(request, .user(F.person("ana"))))
        #expect(followingCount(state) == 41)
        #expect(requestedWrite(in: reduce(&state, .command(.followBack))) == nil, "F again does not follow ana again")
        #expect(state.statusMessage == "You follow @ana already")
        send(&state, .writeSucceeded(request, .user(F.person("ana"))))
        #expect(followingCount(state) == 41, "a late answer does not count her twice")
    }

    @Test func followBackRefusesSomeoneFollowedAlready() {
        var state = followersAndFollowing()
        send(&state, .command(.moveDown))
        #expect(reduce(&state, .command(.followBack)) == .none)
        #expect(state.statusMessage == "You follow @ben already")
    }

    @Test(arguments: [AccountSection.profile, .following, .websites])
    func followBackRefusesOutsideTheFollowers(section: AccountSection) {
        var state = followersAndFollowing()
        state.accountScreen.focus = .menu
        F.choose(section, in: &state)
        #expect(requestedWrite(in: reduce(&state, .command(.followBack))) == nil)
        #expect(state.statusMessage == "Choose someone under Followers to follow back")
    }

    @Test func followBackRefusesAFollowerWithoutAUsername() {
        var state = F.withFollowers([UserSummary(type: "user")])
        #expect(reduce(&state, .command(.followBack)) == .none)
        #expect(state.statusMessage == "Choose someone under Followers to follow back")
    }

    @Test func aFailedFollowBackSaysWhom() {
        var state = followersAndFollowing()
        send(&state, .command(.followBack))
        send(&state, .writeFailed(.followUser(username: "ana"), F.failure))
        #expect(state.statusMessage == "Could not follow @ana: rate limited: wait 42 s")
        #expect(F.usernames(state.accountScreen.following) == ["ben"])
        #expect(followingCount(state) == 40)
    }
}
