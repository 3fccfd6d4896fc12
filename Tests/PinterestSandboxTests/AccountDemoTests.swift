import Foundation
import Testing

/// The demo account's social graph, businesses and websites, and how follow, verify and unverify change them.
@Suite struct AccountDemoTests {
    @Test func followersPageToTheEndWithBookmarks() async throws {
        try await Sandbox.with { sandbox in
            let account = try await sandbox.get("/user_account").object
            let followers = try await sandbox.all("/user_account/followers", pageSize: 250)
            let names = followers.items.compactMap { $0["username"] as? String }
            #expect(names.count == 612 && account["follower_count"] as? Int == 612)
            #expect(followers.pages == 3, "two full pages of 250 and one of 112")
            #expect(Set(names).count == names.count, "no one is listed twice across pages")
            #expect(names.prefix(2) == ["mika_bakes", "jules.design"])
            let small = try await sandbox.all("/user_account/followers", pageSize: 25)
            #expect(small.items.compactMap { $0["username"] as? String } == names, "pages of 25 list the same")
        }
    }

    @Test func followingHoldsUsersAndBoardsEnoughToPage() async throws {
        try await Sandbox.with { sandbox in
            let account = try await sandbox.get("/user_account").object
            let following = try await sandbox.all("/user_account/following", pageSize: 25)
            #expect(following.items.count == 64 && account["following_count"] as? Int == 64)
            #expect(following.pages == 3)
            #expect(following.items.allSatisfy { $0["type"] as? String == "user" })
            let boards = try await sandbox.all("/user_account/following/boards", pageSize: 25).items
            #expect(boards.count == 4)
        }
    }

    @Test func creatorOnlyFeedTypesKeepTheCreators() async throws {
        try await Sandbox.with { sandbox in
            let all = try await sandbox.all("/user_account/following?feed_type=ALL", pageSize: 25).items
            for feedType in ["CREATOR_ONLY", "RANKED_CREATOR_ONLY"] {
                let creators = try await sandbox.all("/user_account/following?feed_type=\(feedType)", pageSize: 25)
                let names = creators.items.compactMap { $0["username"] as? String }
                #expect(names.count == 58 && creators.pages == 3, "\(feedType)")
                #expect(!names.contains("bonappetit") && names.first == "daily_kitchen", "\(feedType)")
            }
            #expect(try await sandbox.all("/user_account/following?feed_type=RANKED", pageSize: 25).items.count == all.count)
            #expect(try await sandbox.get("/user_account/following?feed_type=SOME").status == 400)
            let creatorsPage = try await sandbox.get("/user_account/following?feed_type=CREATOR_ONLY")
            let bookmark = try #require(creatorsPage.object["bookmark"] as? String)
            let foreign = try await sandbox.get(
                "/user_account/following?bookmark=" + bookmark.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(foreign.status == 400, "a creators-only bookmark does not page the full list")
        }
    }

    @Test func exactlyTwoLinkedBusinessesWithImages() async throws {
        try await Sandbox.with { sandbox in
            let businesses = try #require(try await sandbox.get("/user_account/businesses").json as? [[String: Any]])
            #expect(businesses.compactMap { $0["username"] as? String } == ["peach_and_pine_cafe", "tack_studio_shop"])
            for business in businesses {
                for size in ["small", "medium", "large", "xlarge"] {
                    #expect((business["image_\(size)_url"] as? String)?.hasPrefix("https://i.pinimg.com/") == true)
                }
            }
        }
    }

    @Test func websitesInEachStatusWithDatesOnlyWhenVerified() async throws {
        try await Sandbox.with { sandbox in
            let websites = try await sandbox.all("/user_account/websites", pageSize: 25).items
            let statuses = websites.map { ($0["website"] as? String ?? "", $0["status"] as? String ?? "") }
            #expect(statuses.map(\.0) == ["shop.tack.example.com", "tack-demo.invalid", "tack.example.com"])
            #expect(statuses.map(\.1) == ["pending", "failure", "success"])
            #expect(websites.map { $0["verified_at"] is String } == [false, false, true])
        }
    }

    @Test func followingAUserListsThemLastAndCountsThem() async throws {
        try await Sandbox.with { sandbox in
            let followed = try await sandbox.call("POST", "/user_account/following/anna_bakes", json: "{}")
            #expect(followed.status == 200 && followed.object["username"] as? String == "anna_bakes")
            let following = try await sandbox.all("/user_account/following", pageSize: 25)
            #expect(following.items.last?["username"] as? String == "anna_bakes")
            #expect(following.items.count == 65 && following.pages == 3)
            #expect(try await sandbox.get("/user_account").object["following_count"] as? Int == 65)
        }
    }

    @Test func verifyingAPendingWebsiteDatesItAndUnverifyingRemovesIt() async throws {
        try await Sandbox.with { sandbox in
            let verified = try await sandbox.call(
                "POST", "/user_account/websites", json: #"{"website":"shop.tack.example.com","verification_method":"METATAG"}"#)
            #expect(verified.status == 200 && verified.object["status"] as? String == "success")
            let date = try #require(verified.object["verified_at"] as? String)
            #expect(date.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}/) != nil, "the spec's form: \(date)")
            let listed = try await sandbox.get("/user_account/websites").items
            let shop = try #require(listed.first { $0["website"] as? String == "shop.tack.example.com" })
            #expect(shop["status"] as? String == "success" && shop["verified_at"] as? String == date)

            #expect(try await sandbox.call("DELETE", "/user_account/websites?website=shop.tack.example.com").status == 204)
            let remaining = try await sandbox.get("/user_account/websites").items.compactMap { $0["website"] as? String }
            #expect(remaining == ["tack-demo.invalid", "tack.example.com"])
            let again = try await sandbox.call("DELETE", "/user_account/websites?website=shop.tack.example.com")
            #expect(again.status == 404 && again.code == 404 && again.message == "Website not in user list.")
        }
    }

    @Test func verifyingAWebsiteTheCheckCannotReachFailsAndChangesNothing() async throws {
        try await Sandbox.with { sandbox in
            for website in ["tack-demo.invalid", "new.site.INVALID/recipes"] {
                let failed = try await sandbox.call("POST", "/user_account/websites", json: #"{"website":"\#(website)"}"#)
                #expect(failed.status == 409 && failed.code == 409)
                #expect(failed.message.contains("verification code was not found"))
                #expect(Set(failed.object.keys) == ["code", "message"], "Pinterest's error shape")
            }
            let websites = try await sandbox.get("/user_account/websites").items
            #expect(websites.count == 3)
            #expect(websites.first { $0["website"] as? String == "tack-demo.invalid" }?["status"] as? String == "failure")
        }
    }

    @Test func verificationCodeAppearsAlikeInEveryForm() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.get("/user_account/websites/verification").object
            let code = try #require(answer["verification_code"] as? String)
            #expect(code.wholeMatch(of: /[0-9a-f]{32}/) != nil, "a hex code like the spec's example: \(code)")
            #expect(answer["dns_txt_record"] as? String == "pinterest-site-verification=\(code)")
            #expect(answer["metatag"] as? String == #"<meta name="p:domain_verify" content="\#(code)"/>"#)
            #expect(answer["filename"] as? String == "pinterest-\(code.prefix(5)).html")
            #expect((answer["file_content"] as? String)?.contains(code) == true)
            #expect(try await sandbox.get("/user_account/websites/verification").object["verification_code"] as? String == code)
        }
    }
}
