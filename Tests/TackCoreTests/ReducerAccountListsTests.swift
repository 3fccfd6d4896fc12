import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the account screen's lists: pages, read-ahead, failures, filter and sort")
struct ReducerAccountListsTests {
    private typealias F = AccountFixture

    // MARK: - Pages

    @Test func aFollowersPageFillsTheFollowersOnly() {
        var state = F.onAccount()
        F.choose(.followers, in: &state)
        #expect(state.accountScreen.followers.phase == .loading)
        let effect = reduce(&state, .accountScreen(.peoplePageLoaded(F.followersPage, F.fans(25), bookmark: "p2")))
        #expect(effect == F.load(PageRequest(source: .followers, bookmark: "p2")),
                "fewer than a page of rows below the selection: the next page is read ahead")
        let followers = state.accountScreen.followers
        #expect(followers.loadedCount == 25)
        #expect(followers.phase == .loadingMore)
        #expect(followers.bookmark == "p2")
        #expect(followers.selectedID == "fan1")
        #expect(state.accountScreen.following.source == nil)
    }

    @Test func movingNearTheEndReadsTheNextFollowersPageAhead() {
        let readAhead = ListPane<UserSummary>.readAheadRows
        var state = F.withFollowers(F.fans(readAhead + 10), bookmark: "p2")
        #expect(state.accountScreen.followers.phase == .loaded, "a page of rows below the selection: nothing read ahead")
        let pageRows = state.pageRows(of: .followers)
        #expect(pageRows == 17, "120x40 with the detail below: the account list's rows")
        #expect(reduce(&state, .command(.moveDown)) == .none, "far from the end")
        let next = PageRequest(source: .followers, bookmark: "p2")
        #expect(reduce(&state, .command(.pageDown)) == F.load(next), "less than a page of rows below the selection")
        #expect(state.accountScreen.followers.selectedID == "fan19")
        #expect(state.accountScreen.followers.phase == .loadingMore)
        #expect(reduce(&state, .command(.moveDown)) == .none, "the next page is asked for once")

        send(&state, .accountScreen(.peoplePageLoaded(next, F.fans(5, from: readAhead + 9), bookmark: nil)))
        #expect(state.accountScreen.followers.loadedCount == readAhead + 13, "the last two are not listed twice")
        #expect(state.accountScreen.followers.hasMore == false)
        #expect(state.accountScreen.followers.selectedID == "fan20")
    }

    @Test func aShortFirstPageReadsTheNextPageAheadAtOnce() {
        var state = F.onAccount()
        F.choose(.following, in: &state)
        let effect = reduce(&state, .accountScreen(.peoplePageLoaded(F.followingPage(), F.fans(5), bookmark: "f2")))
        #expect(effect == F.load(PageRequest(source: .following(nil), bookmark: "f2")))
        #expect(state.accountScreen.following.loadedCount == 5)
        #expect(state.accountScreen.followers.items.isEmpty, "a following page goes to the following list")
    }

    @Test func staleAndStrayPeoplePagesAreIgnored() {
        var state = F.withFollowers(F.fans(3), bookmark: nil)
        let before = state
        send(&state, .accountScreen(.peoplePageLoaded(F.followersPage, F.fans(2, from: 50), bookmark: nil)))
        send(&state, .accountScreen(.peoplePageLoaded(PageRequest(source: .followers, bookmark: "x"), F.fans(2), bookmark: nil)))
        send(&state, .accountScreen(.peoplePageLoaded(F.followingPage(), F.fans(2), bookmark: nil)))
        #expect(state == before, "nothing was asked for")
    }

    @Test func aFollowingPageOfTheTypeNoLongerShownIsIgnored() {
        var state = F.onAccount()
        F.choose(.following, in: &state)
        let effect = reduce(&state, .command(.cycleFollowingType))
        #expect(cancelledIDs(in: effect) == [.pane(.following)], "the load of everyone stops")
        send(&state, .accountScreen(.peoplePageLoaded(F.followingPage(), F.fans(3), bookmark: nil)))
        #expect(state.accountScreen.following.items.isEmpty)
        #expect(state.accountScreen.following.phase == .loading)
        send(&state, .accountScreen(.peoplePageLoaded(F.followingPage(.creatorOnly), [F.person("maker")], bookmark: nil)))
        #expect(F.usernames(state.accountScreen.following) == ["maker"])
    }

    @Test func linkedBusinessesComeInOnePage() {
        var state = F.onAccount()
        F.choose(.businesses, in: &state)
        let businesses = [F.business("jules_shop"), F.business("jules_studio")]
        #expect(reduce(&state, .accountScreen(.businessesLoaded(F.businessesPage, businesses))) == .none)
        #expect(state.accountScreen.businesses.items == businesses)
        #expect(state.accountScreen.businesses.phase == .loaded)
        #expect(state.accountScreen.businesses.hasMore == false)
        let stale = reduce(&state, .accountScreen(.businessesLoaded(F.businessesPage, [F.business("other")])))
        #expect(stale == .none)
        #expect(state.accountScreen.businesses.items == businesses)
    }

    @Test func websitesArePagedAndReadAhead() {
        var state = F.onAccount()
        F.choose(.websites, in: &state)
        let effect = reduce(&state, .accountScreen(.websitesPageLoaded(F.websitesPage, F.websites, bookmark: "w2")))
        let next = PageRequest(source: .websites, bookmark: "w2")
        #expect(effect == F.load(next))
        send(&state, .accountScreen(.websitesPageLoaded(next, [F.website("blog.example.com")], bookmark: nil)))
        #expect(state.accountScreen.websites.items.map(\.id) == ["example.com", "shop.example.com/store", "blog.example.com"])
        #expect(state.accountScreen.websites.selectedID == "example.com")
    }

    // MARK: - Failures and retry

    private static let lists: [(AccountSection, PageRequest)] = [
        (.followers, AccountFixture.followersPage), (.following, AccountFixture.followingPage()),
        (.businesses, AccountFixture.businessesPage), (.websites, AccountFixture.websitesPage),
    ]

    @Test(arguments: lists)
    func aFailedListIsRetriedFromTheList(section: AccountSection, request: PageRequest) {
        var state = F.onAccount()
        F.choose(section, in: &state)
        send(&state, .pageFailed(request, F.failure), .command(.open))
        #expect(state.status(of: request.source.pane).failure == F.failure)
        #expect(state.messagesInFull.map(\.text) == [F.failure.userMessage])
        #expect(reduce(&state, .command(.retry)) == F.load(request))
        #expect(state.status(of: request.source.pane).isLoading)
        #expect(state.status(of: request.source.pane).failure == nil)
    }

    @Test(arguments: lists)
    func aFailedListIsRetriedWhileTheMenuHasTheFocus(section: AccountSection, request: PageRequest) {
        var state = F.onAccount()
        F.choose(section, in: &state)
        send(&state, .pageFailed(request, F.failure))
        #expect(state.accountScreen.focus == .menu, "choosing in the menu keeps the focus there")
        #expect(reduce(&state, .command(.retry)) == F.load(request))
        #expect(state.status(of: request.source.pane).isLoading)
    }

    @Test func aFailedNextPageIsRetriedFromItsBookmark() {
        var state = F.onAccount()
        F.choose(.followers, in: &state)
        send(&state, .accountScreen(.peoplePageLoaded(F.followersPage, F.fans(5), bookmark: "p2")))
        let next = PageRequest(source: .followers, bookmark: "p2")
        send(&state, .pageFailed(next, F.failure), .command(.open))
        #expect(state.accountScreen.followers.loadedCount == 5, "the loaded followers stay")
        #expect(reduce(&state, .command(.retry)) == F.load(next))
        #expect(state.accountScreen.followers.phase == .loadingMore)
    }

    @Test func aFailureThatWouldRecurIsNotRetried() {
        var state = F.onAccount()
        F.choose(.businesses, in: &state)
        let forbidden = APIFailure(userMessage: "missing scope user_accounts:read", status: 403, isRetryable: false)
        send(&state, .pageFailed(F.businessesPage, forbidden), .command(.open))
        #expect(reduce(&state, .command(.retry)) == .none)
        #expect(state.statusMessage == "Retrying would fail the same way (HTTP 403)")
        #expect(state.accountScreen.businesses.failure == forbidden)
    }

    @Test func aStaleFailureIsIgnored() {
        var state = F.withFollowers()
        let before = state
        send(&state, .pageFailed(F.followersPage, F.failure), .pageFailed(F.websitesPage, F.failure))
        #expect(state == before)
    }

    @Test func refreshReloadsTheAccountAndTheChosenList() {
        var state = F.withWebsites()
        #expect(reduce(&state, .command(.refresh)) == .batch([.request(id: .account, .account), F.load(F.websitesPage)]))
        #expect(state.accountScreen.websites.loadedCount == 2, "the websites stay until the page arrives")
    }

    // MARK: - The following list's type

    @Test func cycleFollowingTypeGoesThroughEveryTypeAndReloads() {
        var state = F.withFollowing(F.fans(2))
        var types: [UserFollowingFeedType?] = []
        for _ in 0..<4 {
            let effect = reduce(&state, .command(.cycleFollowingType))
            let type = state.accountScreen.followingType
            types.append(type)
            #expect(effect == F.load(F.followingPage(type)))
            #expect(state.accountScreen.following.source == .following(type))
            #expect(state.accountScreen.following.items.isEmpty, "the list starts over")
            send(&state, .accountScreen(.peoplePageLoaded(F.followingPage(type), F.fans(2), bookmark: nil)))
        }
        #expect(types == [.creatorOnly, .ranked, .rankedCreatorOnly, nil])
    }

    @Test func cycleFollowingTypeFromAnotherPartShowsTheFollowing() {
        var state = F.withFollowers()
        let effect = reduce(&state, .command(.cycleFollowingType))
        #expect(effect == F.load(F.followingPage(.creatorOnly)))
        #expect(state.accountScreen.section == .following)
        #expect(state.focusedPane == .following)
    }

    @Test func theFollowingTypeKeepsItsSortOrder() {
        var state = F.withFollowing(F.fans(2))
        send(&state, .command(.cycleSort), .command(.cycleFollowingType))
        #expect(state.accountScreen.following.sort.key == .username)
    }

    // MARK: - Filter and sort

    @Test func filterFromTheMenuFiltersTheChosenList() {
        var state = F.onAccount()
        F.choose(.followers, in: &state)
        send(&state, .accountScreen(.peoplePageLoaded(F.followersPage, [F.person("ana"), F.person("ben"), F.person("hana")], bookmark: nil)))
        send(&state, .command(.filter))
        #expect(state.accountScreen.focus == .list)
        #expect(state.activeContext == .filter)
        send(&state, .terminal(.paste("an")))
        #expect(F.usernames(state.accountScreen.followers) == ["ana", "hana"])
        send(&state, .command(.acceptFilter))
        #expect(state.activeContext == .account)
        send(&state, .command(.moveDown))
        #expect(state.accountScreen.followers.selectedID == "hana")
        send(&state, .command(.clearFilter))
        #expect(F.usernames(state.accountScreen.followers) == ["ana", "ben", "hana"])
    }

    @Test func aFilterReadsEveryPage() {
        var state = F.withFollowers(F.fans(ListPane<UserSummary>.readAheadRows + 10), bookmark: "p2")
        send(&state, .command(.filter))
        let effect = reduce(&state, .terminal(.paste("fan3")))
        #expect(effect == .request(id: .pane(.followers), .pages(PageRequest(source: .followers, bookmark: "p2"))))
        #expect(F.usernames(state.accountScreen.followers) == ["fan3"] + (30...39).map { "fan\($0)" })
    }

    @Test func peopleSortByUsernameAndBack() {
        var state = F.withFollowers([F.person("cleo"), F.person("Ana"), F.person("ben")])
        send(&state, .command(.cycleSort))
        #expect(state.accountScreen.followers.sort.key == .username)
        #expect(F.usernames(state.accountScreen.followers) == ["Ana", "ben", "cleo"])
        send(&state, .command(.reverseSort))
        #expect(F.usernames(state.accountScreen.followers) == ["cleo", "ben", "Ana"])
        send(&state, .command(.cycleSort))
        #expect(state.accountScreen.followers.sort.key == .apiOrder)
        #expect(F.usernames(state.accountScreen.followers) == ["cleo", "Ana", "ben"], "the API's own order, unreversed")
    }

    @Test func websitesSortByAddressThenVerifiedDay() {
        let sites = [F.website("b.example", day: 3), F.website("a.example", day: nil), F.website("c.example", day: 1)]
        var state = F.withWebsites(sites)
        send(&state, .command(.cycleSort))
        #expect(state.accountScreen.websites.visibleItems.map(\.id) == ["a.example", "b.example", "c.example"])
        send(&state, .command(.cycleSort))
        #expect(state.accountScreen.websites.sort.key == .verifiedAt)
        #expect(state.accountScreen.websites.visibleItems.map(\.id) == ["a.example", "c.example", "b.example"], "unverified first")
    }

    @Test func sortFromTheMenuSortsTheChosenList() {
        var state = F.withFollowers([F.person("cleo"), F.person("ana")])
        send(&state, .command(.back))
        #expect(state.accountScreen.focus == .menu)
        send(&state, .command(.cycleSort))
        #expect(state.accountScreen.focus == .menu)
        #expect(F.usernames(state.accountScreen.followers) == ["ana", "cleo"])
        send(&state, .command(.reverseSort))
        #expect(F.usernames(state.accountScreen.followers) == ["cleo", "ana"])
    }

    @Test func filterAndSortOnTheProfileDoNothing() {
        var state = F.onAccount()
        let before = state
        send(&state, .command(.filter), .command(.cycleSort), .command(.reverseSort))
        #expect(state == before)
    }
}
