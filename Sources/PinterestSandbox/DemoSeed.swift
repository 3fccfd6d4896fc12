import GRDB

/// Fills an empty database with the demo account. Deterministic: every fresh database holds the same content.
enum DemoSeed {
    static let accountName = "tack_demo"
    private static let firstBoardId: Int64 = 549_755_813_001
    private static let firstSectionId: Int64 = 5_258_814_934_636_001
    private static let firstPinId: Int64 = 999_658_448_514_001
    /// 2025-03-01, the creation day of the first demo pin.
    private static let firstPinDay = 20_148

    static func seed(_ db: Database, content: SandboxContent = .demo) throws {
        var random = SeededGenerator(seed: 2026)
        try AccountRow(
            id: 2_783_136_121_146_311_751, username: accountName,
            about: "Cooking, gardens and type — the demo account of Tack 📌", websiteUrl: "https://tack.example.com",
            businessName: "Tack Demo Studio", profileImage: "https://i.pinimg.com/600x600_R/7d/1c/8e/tack_demo.jpg",
            accountType: "BUSINESS", monthlyViews: 48_213
        ).insert(db)
        guard content == .demo else { return }

        var next = NextIDs(board: firstBoardId, section: firstSectionId, pin: firstPinId)
        for plan in DemoContent.boards {
            let created = SandboxClock.dateString(day: firstPinDay - 30 + Int(next.board - firstBoardId)) + "T09:00:00"
            try seedBoard(
                plan, owner: accountName, followedByAccount: false, createdAt: created,
                followers: Int.random(in: 3...240, using: &random), collaborators: Int.random(in: 0...3, using: &random),
                next: &next, random: &random, db)
        }
        for (offset, followed) in DemoContent.followedBoards.enumerated() {
            let created = SandboxClock.dateString(day: firstPinDay - 400 + offset * 37) + "T12:00:00"
            try seedBoard(
                followed.board, owner: followed.owner, followedByAccount: true, createdAt: created,
                followers: Int.random(in: 1_000...90_000, using: &random), collaborators: 0,
                next: &next, random: &random, db)
        }
        try seedSocialGraph(db)
    }

    /// The ids the next board, section and pin get, and how many pins were made so far.
    private struct NextIDs {
        var board: Int64
        var section: Int64
        var pin: Int64
        var pinIndex = 0
    }

    /// One board with its sections and pins; pins go round-robin to the board itself and each section.
    private static func seedBoard(
        _ plan: DemoContent.BoardPlan, owner: String, followedByAccount: Bool, createdAt: String, followers: Int,
        collaborators: Int, next: inout NextIDs, random: inout SeededGenerator, _ db: Database
    ) throws {
        var board = BoardRow(
            id: next.board, name: plan.name, description: plan.description, privacy: plan.privacy, isAdsOnly: false,
            createdAt: createdAt, pinsModifiedAt: createdAt, followerCount: followers,
            collaboratorCount: collaborators, owner: owner, isFollowedByAccount: followedByAccount)
        try board.insert(db)
        let sections = try plan.sections.map { name -> Int64 in
            var section = SectionRow(id: next.section, boardId: next.board, name: name)
            try section.insert(db)
            next.section += 1
            return section.id!
        }
        for index in 0..<plan.pinCount {
            var pin = demoPin(plan, index: index, globalIndex: next.pinIndex, random: &random)
            pin.id = next.pin
            pin.boardId = next.board
            let slot = index % (sections.count + 1)
            pin.sectionId = slot == 0 ? nil : sections[slot - 1]
            try pin.insert(db)
            board.pinsModifiedAt = pin.createdAt
            next.pin += 1
            next.pinIndex += 1
        }
        try board.update(db)
        next.board += 1
    }

    private static func demoPin(
        _ plan: DemoContent.BoardPlan, index: Int, globalIndex: Int, random: inout SeededGenerator
    ) -> PinRow {
        // Both words change from one pin to the next, and each (first, second) pair appears once per
        // firsts.count × seconds.count pins when the two lists have the same length.
        let first = plan.firsts[index % plan.firsts.count]
        let second = plan.seconds[(index + index / plan.firsts.count) % plan.seconds.count]
        let isHostile = plan.privacy == "PROTECTED" && index == 0
        let title = isHostile ? DemoContent.hostileTitle : "\(first) \(second)"
        let key = "\(plan.name)#\(index)"
        let isVideo = plan.videoEvery > 0 && index % plan.videoEvery == 0
        let isCarousel = plan.carouselEvery > 0 && index % plan.carouselEvery == plan.carouselEvery - 1
        let link = index % 4 == 3 ? nil : "\(plan.site)/\(PinMediaFactory.hexHash(key).prefix(8))-\(index + 1)"
        let color = DemoContent.colours[globalIndex % DemoContent.colours.count]
        let media: WirePinMedia =
            if isVideo {
                PinMediaFactory.video(
                    key: key, color: color, durationMilliseconds: Double(Int.random(in: 8...90, using: &random)) * 1000)
            } else if isCarousel {
                PinMediaFactory.carousel(
                    keys: (1...3).map { "\(key)/\($0)" }, color: color, titles: [title, nil, nil], links: [link])
            } else {
                PinMediaFactory.image(key: key, picture: .generated(color: color, aspect: [1.0, 1.25, 1.5, 0.75][index % 4]))
            }
        let hour = Int.random(in: 6...22, using: &random)
        return PinRow(
            id: nil, boardId: 0, sectionId: nil, title: title,
            description: DemoContent.descriptions[globalIndex % DemoContent.descriptions.count],
            link: link, altText: index % 3 == 0 ? "Photo: \(title)" : nil,
            dominantColor: color,
            createdAt: SandboxClock.dateString(day: firstPinDay + globalIndex * 2) + "T\(hour < 10 ? "0" : "")\(hour):14:09",
            creativeType: isVideo ? "VIDEO" : (isCarousel ? "CAROUSEL" : "REGULAR"),
            media: (try? SandboxStore.encodeMedia(media)) ?? "{}",
            parentPinId: index % 5 == 4 ? 870_000_000_000 + Int64(globalIndex) : nil,
            hasBeenPromoted: globalIndex % 11 == 0, popularity: Int.random(in: 20...400, using: &random))
    }

    private static func seedSocialGraph(_ db: Database) throws {
        for (position, name) in DemoPeople.followers.enumerated() {
            try PersonRow(username: name, relation: .follower, position: position).insert(db)
        }
        for (position, name) in DemoPeople.following.enumerated() {
            try PersonRow(username: name, relation: .following, position: position).insert(db)
        }
        try WebsiteRow(website: "tack.example.com", status: "success", verifiedAt: "2025-04-02T10:11:12.602000").insert(db)
        try WebsiteRow(website: "shop.tack.example.com", status: "pending", verifiedAt: nil).insert(db)
        try WebsiteRow(website: "tack-demo.invalid", status: "failure", verifiedAt: nil).insert(db)
        for name in DemoContent.businesses { try LinkedBusinessRow(username: name).insert(db) }
    }
}
