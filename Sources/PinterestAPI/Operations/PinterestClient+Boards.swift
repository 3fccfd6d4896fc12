// Boards and board sections (BoardsApi.md).

extension PinterestClient {
    /// GET /boards: the user's boards, optionally filtered by privacy.
    public func boardsList(
        privacy: BoardPrivacyFilter? = nil, bookmark: String? = nil, pageSize: Int? = nil, adAccountId: String? = nil
    ) async throws -> Page<Board> {
        var query = Self.adAccount(adAccountId)
        query.add("privacy", privacy)
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        return try await call(.boardsList, query: query)
    }

    /// Every page of `boardsList`.
    public func boardsListPages(
        privacy: BoardPrivacyFilter? = nil, pageSize: Int? = PinterestClient.maximumPageSize, adAccountId: String? = nil
    ) -> PageSequence<Board> {
        PageSequence(operation: OperationDescriptor.boardsList.id) { bookmark in
            try await self.boardsList(privacy: privacy, bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
        }
    }

    /// GET /boards/{board_id}.
    public func boardsGet(boardId: String, adAccountId: String? = nil) async throws -> Board {
        try await call(.boardsGet, path: ["board_id": boardId], query: Self.adAccount(adAccountId))
    }

    /// POST /boards.
    public func boardsCreate(_ board: BoardCreate, adAccountId: String? = nil) async throws -> Board {
        try await call(.boardsCreate, query: Self.adAccount(adAccountId), body: board)
    }

    /// PATCH /boards/{board_id}: changes the fields that are set.
    public func boardsUpdate(boardId: String, _ update: BoardUpdate, adAccountId: String? = nil) async throws -> Board {
        try await call(.boardsUpdate, path: ["board_id": boardId], query: Self.adAccount(adAccountId), body: update)
    }

    /// DELETE /boards/{board_id}: the board and its pins.
    public func boardsDelete(boardId: String, adAccountId: String? = nil) async throws {
        try await callWithoutResponse(.boardsDelete, path: ["board_id": boardId], query: Self.adAccount(adAccountId))
    }

    /// GET /boards/{board_id}/pins: the board's pins, including those in its sections.
    public func boardsListPins(
        boardId: String, bookmark: String? = nil, pageSize: Int? = nil, creativeTypes: [CreativeType]? = nil,
        pinMetrics: Bool? = nil, adAccountId: String? = nil
    ) async throws -> Page<Pin> {
        try await boardsListPinsFetched(
            boardId: boardId, bookmark: bookmark, pageSize: pageSize, creativeTypes: creativeTypes,
            pinMetrics: pinMetrics, adAccountId: adAccountId
        ).decode()
    }

    /// `boardsListPins`, its items left to decode (see `FetchedPage`).
    public func boardsListPinsFetched(
        boardId: String, bookmark: String? = nil, pageSize: Int? = nil, creativeTypes: [CreativeType]? = nil,
        pinMetrics: Bool? = nil, adAccountId: String? = nil
    ) async throws -> FetchedPage<Pin> {
        var query = Self.adAccount(adAccountId)
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        query.addRepeated("creative_types", creativeTypes)
        query.add("pin_metrics", pinMetrics)
        return try await fetchPage(.boardsListPins, path: ["board_id": boardId], query: query)
    }

    /// Every page of `boardsListPins`.
    public func boardsListPinsPages(
        boardId: String, pageSize: Int? = PinterestClient.maximumPageSize, creativeTypes: [CreativeType]? = nil,
        pinMetrics: Bool? = nil, adAccountId: String? = nil
    ) -> PageSequence<Pin> {
        PageSequence(operation: OperationDescriptor.boardsListPins.id) { bookmark in
            try await self.boardsListPins(
                boardId: boardId, bookmark: bookmark, pageSize: pageSize, creativeTypes: creativeTypes,
                pinMetrics: pinMetrics, adAccountId: adAccountId)
        }
    }

    /// GET /boards/{board_id}/sections.
    public func boardSectionsList(
        boardId: String, bookmark: String? = nil, pageSize: Int? = nil, adAccountId: String? = nil
    ) async throws -> Page<BoardSection> {
        var query = Self.adAccount(adAccountId)
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        return try await call(.boardSectionsList, path: ["board_id": boardId], query: query)
    }

    /// Every page of `boardSectionsList`.
    public func boardSectionsListPages(
        boardId: String, pageSize: Int? = PinterestClient.maximumPageSize, adAccountId: String? = nil
    ) -> PageSequence<BoardSection> {
        PageSequence(operation: OperationDescriptor.boardSectionsList.id) { bookmark in
            try await self.boardSectionsList(boardId: boardId, bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
        }
    }

    /// POST /boards/{board_id}/sections. A 409 means the board was busy: try again.
    public func boardSectionsCreate(
        boardId: String, _ section: BoardSectionCreate, adAccountId: String? = nil
    ) async throws -> BoardSection {
        try await call(
            .boardSectionsCreate, path: ["board_id": boardId], query: Self.adAccount(adAccountId), body: section)
    }

    /// PATCH /boards/{board_id}/sections/{section_id}: renames a section.
    public func boardSectionsUpdate(
        boardId: String, sectionId: String, _ section: BoardSectionUpdate, adAccountId: String? = nil
    ) async throws -> BoardSection {
        try await call(
            .boardSectionsUpdate, path: ["board_id": boardId, "section_id": sectionId],
            query: Self.adAccount(adAccountId), body: section)
    }

    /// DELETE /boards/{board_id}/sections/{section_id}.
    public func boardSectionsDelete(boardId: String, sectionId: String, adAccountId: String? = nil) async throws {
        try await callWithoutResponse(
            .boardSectionsDelete, path: ["board_id": boardId, "section_id": sectionId],
            query: Self.adAccount(adAccountId))
    }

    /// GET /boards/{board_id}/sections/{section_id}/pins.
    public func boardSectionsListPins(
        boardId: String, sectionId: String, bookmark: String? = nil, pageSize: Int? = nil, adAccountId: String? = nil
    ) async throws -> Page<Pin> {
        try await boardSectionsListPinsFetched(
            boardId: boardId, sectionId: sectionId, bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId
        ).decode()
    }

    /// `boardSectionsListPins`, its items left to decode (see `FetchedPage`).
    public func boardSectionsListPinsFetched(
        boardId: String, sectionId: String, bookmark: String? = nil, pageSize: Int? = nil, adAccountId: String? = nil
    ) async throws -> FetchedPage<Pin> {
        var query = Self.adAccount(adAccountId)
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        return try await fetchPage(.boardSectionsListPins, path: ["board_id": boardId, "section_id": sectionId], query: query)
    }

    /// Every page of `boardSectionsListPins`.
    public func boardSectionsListPinsPages(
        boardId: String, sectionId: String, pageSize: Int? = PinterestClient.maximumPageSize, adAccountId: String? = nil
    ) -> PageSequence<Pin> {
        PageSequence(operation: OperationDescriptor.boardSectionsListPins.id) { bookmark in
            try await self.boardSectionsListPins(
                boardId: boardId, sectionId: sectionId, bookmark: bookmark, pageSize: pageSize, adAccountId: adAccountId)
        }
    }
}
