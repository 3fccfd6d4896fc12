import GRDB

extension SandboxStore {
    static let verificationMethods = ["FILENAME", "METATAG", "DNSTXT"]

    /// The account with its counts computed from the data, so they follow every write.
    func wireAccount() async throws -> WireAccount {
        try await database.read { db in
            let account = try self.account(db)
            let boards = try Int64.fetchAll(db, BoardRow.select(Column("id")).filter(Column("owner") == account.username))
            return WireAccount(
                id: String(account.id), username: account.username, accountType: account.accountType,
                about: account.about, businessName: account.businessName, profileImage: account.profileImage,
                websiteUrl: account.websiteUrl, boardCount: boards.count,
                pinCount: try PinRow.filter(boards.contains(Column("boardId"))).fetchCount(db),
                followerCount: try PersonRow.filter(Column("relation") == PersonRow.Relation.follower.rawValue)
                    .fetchCount(db),
                followingCount: try PersonRow.filter(Column("relation") == PersonRow.Relation.following.rawValue)
                    .fetchCount(db),
                monthlyViews: account.monthlyViews)
        }
    }

    /// People in `relation` in list order; `creatorsOnly` keeps the demo's creators (`feed_type=CREATOR_ONLY`).
    func listPeople(
        _ relation: PersonRow.Relation, creatorsOnly: Bool = false, page: PageRequest
    ) async throws -> WirePage<WireUserSummary> {
        try await database.read { db in
            var people = PersonRow.filter(Column("relation") == relation.rawValue)
            if creatorsOnly { people = people.filter(DemoPeople.creators.contains(Column("username"))) }
            let rows = try people.order(Column("position")).limit(page.size + 1, offset: page.offset).fetchAll(db)
            return page.page(rows) { WireUserSummary(username: $0.username) }
        }
    }

    /// Follows a user the sandbox knows (a follower, a board owner or a linked business), named in any case
    /// as Pinterest's usernames are, and answers their username as the sandbox spells it; following twice is
    /// harmless.
    func follow(_ username: String) async throws -> WireUserSummary {
        guard !username.isEmpty, !username.allSatisfy(\.isASCIIDigit) else {
            throw APIError.invalid("username", "must be a username, not a number.")
        }
        return try await database.write { db in
            let known = try String.fetchOne(
                db,
                sql: """
                    SELECT username FROM person WHERE username = ?1 COLLATE NOCASE
                    UNION ALL SELECT owner FROM board WHERE owner = ?1 COLLATE NOCASE
                    UNION ALL SELECT username FROM linkedBusiness WHERE username = ?1 COLLATE NOCASE
                    LIMIT 1
                    """,
                arguments: [username])
            guard let known, known.lowercased() != (try self.account(db).username).lowercased() else {
                throw APIError.userNotFound
            }
            let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM person") ?? 0) + 1
            try PersonRow(username: known, relation: .following, position: position).insert(db, onConflict: .ignore)
            return WireUserSummary(username: known)
        }
    }

    func listWebsites(page: PageRequest) async throws -> WirePage<WireWebsite> {
        try await database.read { db in
            let rows = try WebsiteRow.order(Column("website")).limit(page.size + 1, offset: page.offset).fetchAll(db)
            return page.page(rows, Self.wireWebsite)
        }
    }

    func verifyWebsite(_ body: WebsiteVerifyBody) async throws -> WireWebsite {
        guard let website = body.website, !website.isEmpty else { throw APIError.missing("website") }
        try Validate.length(website, field: "website", max: 2048)
        try Validate.website(website)
        try Validate.oneOf(body.verificationMethod, Self.verificationMethods, field: "verification_method")
        guard !Self.isUnreachable(website) else { throw APIError.websiteUnverifiable }
        return try await database.write { db in
            let row = WebsiteRow(website: website, status: "success", verifiedAt: SandboxClock.timestamp() + ".000000")
            try row.upsert(db)
            return Self.wireWebsite(row)
        }
    }

    /// Whether the sandbox's verification check cannot reach `website`: hosts under `.invalid` (RFC 2606),
    /// which never resolve, so verifying them fails the way a site without the code does.
    static func isUnreachable(_ website: String) -> Bool {
        let host = website.split(separator: "/", maxSplits: 1).first ?? ""
        return host.lowercased().hasSuffix(".invalid")
    }

    func unverifyWebsite(_ website: String) async throws {
        try await database.write { db in
            guard try WebsiteRow.deleteOne(db, key: website) else { throw APIError.websiteNotFound }
        }
    }

    func verificationCode() async throws -> WireVerificationCode {
        let username = try await database.read { db in try self.account(db).username }
        let code = PinMediaFactory.hexHash("verify:\(username)")
        return WireVerificationCode(
            verificationCode: code, dnsTxtRecord: "pinterest-site-verification=\(code)",
            filename: "pinterest-\(code.prefix(5)).html",
            metatag: "<meta name=\"p:domain_verify\" content=\"\(code)\"/>",
            fileContent: "<html><head><meta name=\"pinterest\" content=\"\(code)\"/></head><body></body></html>")
    }

    func linkedBusinesses() async throws -> [WireLinkedBusiness] {
        try await database.read { db in
            try LinkedBusinessRow.order(Column("username")).fetchAll(db).map { row in
                func image(_ size: Int) -> String {
                    "https://i.pinimg.com/\(size)x\(size)_RS/\(PinMediaFactory.hexHash(row.username).prefix(2))/\(row.username).jpg"
                }
                return WireLinkedBusiness(
                    username: row.username, imageSmallUrl: image(30), imageMediumUrl: image(60),
                    imageLargeUrl: image(140), imageXlargeUrl: image(280))
            }
        }
    }

    private static func wireWebsite(_ row: WebsiteRow) -> WireWebsite {
        WireWebsite(website: row.website, status: row.status, verifiedAt: row.verifiedAt)
    }
}
