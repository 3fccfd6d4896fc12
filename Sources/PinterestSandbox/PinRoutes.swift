import Hummingbird

/// The 7 operations on pins.
struct PinRoutes {
    let store: SandboxStore

    func register(on v5: SandboxRouter) {
        v5.get("pins") { request, _ in
            let query = QueryParameters(request)
            let filter = SandboxStore.PinFilter(
                pinFilter: try query.choice("pin_filter", ["exclude_native", "exclude_repins", "has_been_promoted"]),
                includeProtectedPins: try query.bool("include_protected_pins"),
                privateOnly: try query.choice("pin_type", ["PRIVATE"]) != nil,
                creativeTypes: try query.creativeTypes)
            let scope =
                "pins|\(filter.pinFilter ?? "")|\(filter.includeProtectedPins)|\(filter.privateOnly)|"
                + filter.creativeTypes.joined(separator: ",")
            let page = try PageRequest(query, scope: scope)
            return try JSONResponse.make(try await store.listPins(filter, withMetrics: try query.wantsPinMetrics, page: page))
        }
        v5.post("pins") { request, _ in
            let body = try await RequestBody.decode(PinCreateBody.self, from: request)
            return JSONResponse.make(try await store.createPin(body), status: .created)
        }
        v5.get("pins/analytics") { request, _ in
            let query = QueryParameters(request)
            let ids = query.list("pin_ids")
            guard !ids.isEmpty else { throw APIError.missing("pin_ids") }
            guard ids.count <= 100 else { throw APIError.invalid("pin_ids", "must hold at most 100 ids.") }
            let pinIds = try ids.map { try Validate.id($0, field: "pin_ids") }
            let analytics = try AnalyticsRequest.pin(query)
            return try JSONResponse.make(try await store.multiPinAnalytics(pinIds, analytics))
        }
        v5.get("pins/{pin_id}") { request, context in
            let id = try context.pathId("pin_id")
            return JSONResponse.make(try await store.pin(id, withMetrics: try QueryParameters(request).wantsPinMetrics))
        }
        v5.patch("pins/{pin_id}") { request, context in
            let id = try context.pathId("pin_id")
            let body = try await RequestBody.decode(PinUpdateBody.self, from: request)
            return JSONResponse.make(try await store.updatePin(id, body))
        }
        v5.delete("pins/{pin_id}") { _, context in
            try await store.deletePin(try context.pathId("pin_id"))
            return JSONResponse.noContent
        }
        v5.post("pins/{pin_id}/save") { request, context in
            let id = try context.pathId("pin_id")
            let body = try await RequestBody.decode(PinSaveBody.self, from: request)
            return JSONResponse.make(try await store.savePin(id, body), status: .created)
        }
        v5.get("pins/{pin_id}/analytics") { request, context in
            let id = try context.pathId("pin_id")
            let analytics = try AnalyticsRequest.pin(QueryParameters(request))
            return try JSONResponse.make(try await store.pinAnalytics(id, analytics))
        }
    }
}
