import Foundation

// The user account: profile, analytics, followers and following, websites, businesses (UserAccountApi.md).

extension PinterestClient {
    /// GET /user_account.
    public func userAccountGet(adAccountId: String? = nil) async throws -> Account {
        try await call(.userAccountGet, query: Self.adAccount(adAccountId))
    }

    /// GET /user_account/analytics: metrics keyed by split group. Dates are UTC days within the last 90 days.
    public func userAccountAnalytics(
        startDate: Date, endDate: Date, fromClaimedContent: FromClaimedContent? = nil, pinFormat: PinFormat? = nil,
        appTypes: AppType? = nil, contentType: AnalyticsContentType? = nil, source: AnalyticsSource? = nil,
        metricTypes: [AccountMetricType]? = nil, splitField: AccountAnalyticsSplitField? = nil,
        adAccountId: String? = nil
    ) async throws -> AccountAnalyticsResponse {
        var query = Self.accountAnalyticsQuery(
            startDate: startDate, endDate: endDate, fromClaimedContent: fromClaimedContent, pinFormat: pinFormat,
            appTypes: appTypes, contentType: contentType, source: source, adAccountId: adAccountId)
        query.addCommaSeparated("metric_types", metricTypes)
        query.add("split_field", splitField)
        return try await call(.userAccountAnalytics, query: query)
    }

    /// GET /user_account/analytics/top_pins: up to 50 pin ids with their metrics.
    public func userAccountAnalyticsTopPins(
        startDate: Date, endDate: Date, sortBy: TopPinsSortBy, fromClaimedContent: FromClaimedContent? = nil,
        pinFormat: PinFormat? = nil, appTypes: AppType? = nil, contentType: AnalyticsContentType? = nil,
        source: AnalyticsSource? = nil, metricTypes: [AccountMetricType]? = nil, numOfPins: Int? = nil,
        createdInLastNDays: Int? = nil, adAccountId: String? = nil
    ) async throws -> TopPinsAnalyticsResponse {
        var query = Self.accountAnalyticsQuery(
            startDate: startDate, endDate: endDate, fromClaimedContent: fromClaimedContent, pinFormat: pinFormat,
            appTypes: appTypes, contentType: contentType, source: source, adAccountId: adAccountId)
        query.addTopPinsOptions(
            sortBy: sortBy, metricTypes: metricTypes, numOfPins: numOfPins, createdInLastNDays: createdInLastNDays)
        return try await call(.userAccountAnalyticsTopPins, query: query)
    }

    /// GET /user_account/analytics/top_video_pins: up to 50 video pin ids with their metrics.
    public func userAccountAnalyticsTopVideoPins(
        startDate: Date, endDate: Date, sortBy: VideoMetricType, fromClaimedContent: FromClaimedContent? = nil,
        pinFormat: PinFormat? = nil, appTypes: AppType? = nil, contentType: AnalyticsContentType? = nil,
        source: AnalyticsSource? = nil, metricTypes: [VideoMetricType]? = nil, numOfPins: Int? = nil,
        createdInLastNDays: Int? = nil, adAccountId: String? = nil
    ) async throws -> TopVideoPinsAnalyticsResponse {
        var query = Self.accountAnalyticsQuery(
            startDate: startDate, endDate: endDate, fromClaimedContent: fromClaimedContent, pinFormat: pinFormat,
            appTypes: appTypes, contentType: contentType, source: source, adAccountId: adAccountId)
        query.addTopPinsOptions(
            sortBy: sortBy, metricTypes: metricTypes, numOfPins: numOfPins, createdInLastNDays: createdInLastNDays)
        return try await call(.userAccountAnalyticsTopVideoPins, query: query)
    }

    /// GET /user_account/followers.
    public func followersList(bookmark: String? = nil, pageSize: Int? = nil) async throws -> Page<UserSummary> {
        try await call(.followersList, query: Self.pageQuery(bookmark: bookmark, pageSize: pageSize))
    }

    /// Every page of `followersList`.
    public func followersListPages(pageSize: Int? = PinterestClient.maximumPageSize) -> PageSequence<UserSummary> {
        PageSequence(operation: OperationDescriptor.followersList.id) { bookmark in
            try await self.followersList(bookmark: bookmark, pageSize: pageSize)
        }
    }

    /// GET /user_account/following: the users the account follows.
    public func userFollowingGet(
        bookmark: String? = nil, pageSize: Int? = nil, feedType: UserFollowingFeedType? = nil,
        explicitFollowing: Bool? = nil, adAccountId: String? = nil
    ) async throws -> Page<UserSummary> {
        var query = Self.pageQuery(bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
        query.add("feed_type", feedType)
        query.add("explicit_following", explicitFollowing)
        return try await call(.userFollowingGet, query: query)
    }

    /// Every page of `userFollowingGet`.
    public func userFollowingGetPages(
        pageSize: Int? = PinterestClient.maximumPageSize, feedType: UserFollowingFeedType? = nil,
        explicitFollowing: Bool? = nil, adAccountId: String? = nil
    ) -> PageSequence<UserSummary> {
        PageSequence(operation: OperationDescriptor.userFollowingGet.id) { bookmark in
            try await self.userFollowingGet(
                bookmark: bookmark, pageSize: pageSize, feedType: feedType, explicitFollowing: explicitFollowing,
                adAccountId: adAccountId)
        }
    }

    /// GET /user_account/following/boards: the boards the account follows.
    public func boardsUserFollowsList(
        bookmark: String? = nil, pageSize: Int? = nil, explicitFollowing: Bool? = nil, adAccountId: String? = nil
    ) async throws -> Page<Board> {
        var query = Self.pageQuery(bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
        query.add("explicit_following", explicitFollowing)
        return try await call(.boardsUserFollowsList, query: query)
    }

    /// Every page of `boardsUserFollowsList`.
    public func boardsUserFollowsListPages(
        pageSize: Int? = PinterestClient.maximumPageSize, explicitFollowing: Bool? = nil, adAccountId: String? = nil
    ) -> PageSequence<Board> {
        PageSequence(operation: OperationDescriptor.boardsUserFollowsList.id) { bookmark in
            try await self.boardsUserFollowsList(
                bookmark: bookmark, pageSize: pageSize, explicitFollowing: explicitFollowing, adAccountId: adAccountId)
        }
    }

    /// POST /user_account/following/{username}: follows a user (beta at Pinterest).
    public func followUserUpdate(
        username: String, _ request: FollowUserRequest = FollowUserRequest()
    ) async throws -> UserSummary {
        try await call(.followUserUpdate, path: ["username": username], body: request)
    }

    /// GET /user_account/websites: the account's claimed websites.
    public func userWebsitesGet(bookmark: String? = nil, pageSize: Int? = nil) async throws -> Page<UserWebsiteSummary> {
        try await call(.userWebsitesGet, query: Self.pageQuery(bookmark: bookmark, pageSize: pageSize))
    }

    /// Every page of `userWebsitesGet`.
    public func userWebsitesGetPages(pageSize: Int? = PinterestClient.maximumPageSize) -> PageSequence<UserWebsiteSummary> {
        PageSequence(operation: OperationDescriptor.userWebsitesGet.id) { bookmark in
            try await self.userWebsitesGet(bookmark: bookmark, pageSize: pageSize)
        }
    }

    /// POST /user_account/websites: verifies (claims) a website.
    public func verifyWebsiteUpdate(
        _ request: UserWebsiteVerifyRequest, adAccountId: String? = nil
    ) async throws -> UserWebsiteSummary {
        try await call(.verifyWebsiteUpdate, query: Self.adAccount(adAccountId), body: request)
    }

    /// DELETE /user_account/websites?website=…: unverifies (unclaims) a website.
    public func unverifyWebsiteDelete(website: String) async throws {
        var query = QueryParameters()
        query.add("website", website)
        try await callWithoutResponse(.unverifyWebsiteDelete, query: query)
    }

    /// GET /user_account/websites/verification: the code to publish on a website to claim it.
    public func websiteVerificationGet(adAccountId: String? = nil) async throws -> UserWebsiteVerificationCode {
        try await call(.websiteVerificationGet, query: Self.adAccount(adAccountId))
    }

    /// GET /user_account/businesses: a plain array, not paginated.
    public func linkedBusinessAccountsGet() async throws -> [LinkedBusiness] {
        try await call(.linkedBusinessAccountsGet)
    }

    /// `bookmark`, `page_size` and `ad_account_id`.
    static func pageQuery(bookmark: String?, pageSize: Int?, adAccountId: String? = nil) -> QueryParameters {
        var query = adAccount(adAccountId)
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        return query
    }

    /// The date window and filters shared by the three account analytics operations.
    private static func accountAnalyticsQuery(
        startDate: Date, endDate: Date, fromClaimedContent: FromClaimedContent?, pinFormat: PinFormat?,
        appTypes: AppType?, contentType: AnalyticsContentType?, source: AnalyticsSource?, adAccountId: String?
    ) -> QueryParameters {
        var query = analyticsWindow(startDate: startDate, endDate: endDate, adAccountId: adAccountId)
        query.add("from_claimed_content", fromClaimedContent)
        query.add("pin_format", pinFormat)
        query.add("app_types", appTypes)
        query.add("content_type", contentType)
        query.add("source", source)
        return query
    }
}

private extension QueryParameters {
    /// What top pins and top video pins take beyond the account analytics filters.
    mutating func addTopPinsOptions(
        sortBy: some OpenEnum, metricTypes: [some OpenEnum]?, numOfPins: Int?, createdInLastNDays: Int?
    ) {
        add("sort_by", sortBy)
        addCommaSeparated("metric_types", metricTypes)
        add("num_of_pins", numOfPins)
        add("created_in_last_n_days", createdInLastNDays)
    }
}
