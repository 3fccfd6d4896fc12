import Hummingbird

/// The 13 operations on the user account: profile, analytics, social graph, websites and businesses.
struct AccountRoutes {
    let store: SandboxStore

    func register(on v5: SandboxRouter) {
        v5.get("user_account") { _, _ in try JSONResponse.make(try await store.wireAccount()) }
        v5.get("user_account/analytics") { request, _ in
            let query = QueryParameters(request)
            let analytics = try Self.accountAnalyticsRequest(query, metrics: AnalyticsRequest.accountMetrics)
            return try JSONResponse.make(try await store.accountAnalytics(analytics))
        }
        v5.get("user_account/analytics/top_pins") { request, _ in
            try await topPins(request, sorts: SandboxStore.topPinsSorts, metrics: AnalyticsRequest.accountMetrics, videoOnly: false)
        }
        v5.get("user_account/analytics/top_video_pins") { request, _ in
            try await topPins(request, sorts: AnalyticsRequest.videoMetrics, metrics: AnalyticsRequest.videoMetrics, videoOnly: true)
        }
        v5.get("user_account/followers") { request, _ in
            let page = try PageRequest(QueryParameters(request), scope: "followers")
            return try JSONResponse.make(try await store.listPeople(.follower, page: page))
        }
        v5.get("user_account/following") { request, _ in
            let query = QueryParameters(request)
            // RANKED orders by relevance, which the sandbox has no notion of: it keeps the follow order.
            let feedType = try query.choice("feed_type", ["ALL", "RANKED", "CREATOR_ONLY", "RANKED_CREATOR_ONLY"])
            _ = try query.bool("explicit_following")
            let creatorsOnly = feedType?.hasSuffix("CREATOR_ONLY") == true
            let page = try PageRequest(query, scope: creatorsOnly ? "following?creators" : "following")
            return try JSONResponse.make(try await store.listPeople(.following, creatorsOnly: creatorsOnly, page: page))
        }
        v5.get("user_account/following/boards") { request, _ in
            let query = QueryParameters(request)
            _ = try query.bool("explicit_following")
            return try JSONResponse.make(try await store.listFollowedBoards(page: try PageRequest(query, scope: "following/boards")))
        }
        v5.post("user_account/following/{username}") { request, context in
            _ = try await RequestBody.decode(FollowUserBody.self, from: request)
            return try JSONResponse.make(try await store.follow(context.parameters.get("username") ?? ""))
        }
        v5.get("user_account/websites") { request, _ in
            let page = try PageRequest(QueryParameters(request), scope: "websites")
            return try JSONResponse.make(try await store.listWebsites(page: page))
        }
        v5.post("user_account/websites") { request, _ in
            let body = try await RequestBody.decode(WebsiteVerifyBody.self, from: request)
            return try JSONResponse.make(try await store.verifyWebsite(body))
        }
        v5.delete("user_account/websites") { request, _ in
            try await store.unverifyWebsite(try QueryParameters(request).required("website"))
            return JSONResponse.noContent
        }
        v5.get("user_account/websites/verification") { _, _ in try JSONResponse.make(try await store.verificationCode()) }
        v5.get("user_account/businesses") { _, _ in try JSONResponse.make(try await store.linkedBusinesses()) }
    }

    private func topPins(_ request: Request, sorts: [String], metrics: [String], videoOnly: Bool) async throws -> Response {
        let query = QueryParameters(request)
        let analytics = try Self.accountAnalyticsRequest(query, metrics: metrics)
        guard let sortBy = try query.choice("sort_by", sorts) else { throw APIError.missing("sort_by") }
        let count = try query.int("num_of_pins", in: 1...50, default: 10)
        let createdWithin = try query.choice("created_in_last_n_days", ["30"]).flatMap { Int($0) }
        return try JSONResponse.make(
            try await store.topPins(
                analytics, sortBy: sortBy, count: count, videoOnly: videoOnly, createdWithinDays: createdWithin))
    }

    /// The account-level analytics parameters, with their enum filters checked.
    private static func accountAnalyticsRequest(_ query: QueryParameters, metrics: [String]) throws -> AnalyticsRequest {
        _ = try query.choice("from_claimed_content", ["OTHER", "CLAIMED", "BOTH"])
        _ = try query.choice(
            "pin_format",
            ["ALL", "ORGANIC_IMAGE", "ORGANIC_PRODUCT", "ORGANIC_VIDEO", "ADS_STANDARD", "ADS_PRODUCT", "ADS_VIDEO", "ADS_IDEA"])
        _ = try query.choice("content_type", ["ALL", "PAID", "ORGANIC"])
        _ = try query.choice("source", ["ALL", "YOUR_PINS", "OTHER_PINS"])
        return try AnalyticsRequest(
            query, metrics: metrics, metricsRequired: false, splitFields: ["APP_TYPE", "OWNED_CONTENT", "SOURCE", "PIN_FORMAT"])
    }
}
