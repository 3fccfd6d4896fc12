import Hummingbird

/// The 11 operations on boards and board sections.
struct BoardRoutes {
    let store: SandboxStore

    func register(on v5: SandboxRouter) {
        v5.get("boards") { request, _ in
            let query = QueryParameters(request)
            let privacy = try query.choice("privacy", SandboxStore.boardPrivacyFilters)
            let page = try PageRequest(query, scope: "boards|\(privacy ?? "ALL")")
            return try JSONResponse.make(try await store.listBoards(privacy: privacy, page: page))
        }
        v5.post("boards") { request, _ in
            let body = try await RequestBody.decode(BoardCreateBody.self, from: request)
            return try JSONResponse.make(try await store.createBoard(body), status: .created)
        }
        v5.get("boards/{board_id}") { _, context in
            try JSONResponse.make(try await store.board(try context.pathId("board_id")))
        }
        v5.patch("boards/{board_id}") { request, context in
            let id = try context.pathId("board_id")
            let body = try await RequestBody.decode(BoardUpdateBody.self, from: request)
            return try JSONResponse.make(try await store.updateBoard(id, body))
        }
        v5.delete("boards/{board_id}") { _, context in
            try await store.deleteBoard(try context.pathId("board_id"))
            return JSONResponse.noContent
        }
        v5.get("boards/{board_id}/pins") { request, context in
            let board = try context.pathId("board_id")
            return try await boardPins(request, board: board, section: nil)
        }
        v5.get("boards/{board_id}/sections") { request, context in
            let board = try context.pathId("board_id")
            let page = try PageRequest(QueryParameters(request), scope: "sections|\(board)")
            return try JSONResponse.make(try await store.listSections(board: board, page: page))
        }
        v5.post("boards/{board_id}/sections") { request, context in
            let board = try context.pathId("board_id")
            let body = try await RequestBody.decode(SectionBody.self, from: request)
            return try JSONResponse.make(try await store.createSection(board: board, body), status: .created)
        }
        v5.patch("boards/{board_id}/sections/{section_id}") { request, context in
            let board = try context.pathId("board_id"), section = try context.pathId("section_id")
            let body = try await RequestBody.decode(SectionBody.self, from: request)
            return try JSONResponse.make(try await store.updateSection(board: board, section: section, body))
        }
        v5.delete("boards/{board_id}/sections/{section_id}") { _, context in
            try await store.deleteSection(board: try context.pathId("board_id"), section: try context.pathId("section_id"))
            return JSONResponse.noContent
        }
        v5.get("boards/{board_id}/sections/{section_id}/pins") { request, context in
            let board = try context.pathId("board_id"), section = try context.pathId("section_id")
            return try await boardPins(request, board: board, section: section)
        }
    }

    private func boardPins(_ request: Request, board: Int64, section: Int64?) async throws -> Response {
        let query = QueryParameters(request)
        let types = try query.creativeTypes
        let scope = "pins|\(board)|\(section.map(String.init) ?? "")|\(types.joined(separator: ","))"
        let page = try PageRequest(query, scope: scope)
        return try JSONResponse.make(
            try await store.listBoardPins(
                board: board, section: section, creativeTypes: types, withMetrics: try query.wantsPinMetrics, page: page))
    }
}
