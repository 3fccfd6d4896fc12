import Hummingbird

/// The 13 operations on the user account: profile, analytics, social graph, websites and businesses.
struct AccountRoutes {
    let store: SandboxStore

    func register(on v5: SandboxRouter) {
        v5.get("user_account") { _, _ in try JSONResponse.make(try await store.wireAccount()) }
        v5.get("user_account/analytics") { request, _ in
            let analytics = try AnalyticsRequest.account(QueryParameters(request), metrics: AnalyticsRequest.accountMetrics)
            return try JSONResponse.make(try await store.accountAnalytics(analytics))
        }
        v5.get("user_account/analytics/top_pins") { request, _ in
            try JSONResponse.make(try await store.topPins(try TopPinsRequest(QueryParameters(request), videoOnly: false)))
        }
        v5.get("user_account/analytics/top_video_pins") { request, _ in
            try JSONResponse.make(try await store.topPins(try TopPinsRequest(QueryParameters(request), videoOnly: true)))
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
}
