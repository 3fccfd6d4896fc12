import Foundation

// Pins and pin analytics (PinsApi.md).

extension PinterestClient {
    /// GET /pins: the user's pins.
    public func pinsList(
        bookmark: String? = nil, pageSize: Int? = nil, pinFilter: PinFilter? = nil, includeProtectedPins: Bool? = nil,
        pinType: PinType? = nil, creativeTypes: [CreativeType]? = nil, adAccountId: String? = nil,
        pinMetrics: Bool? = nil
    ) async throws -> Page<Pin> {
        try await pinsListFetched(
            bookmark: bookmark, pageSize: pageSize, pinFilter: pinFilter, includeProtectedPins: includeProtectedPins,
            pinType: pinType, creativeTypes: creativeTypes, adAccountId: adAccountId, pinMetrics: pinMetrics
        ).decode()
    }

    /// `pinsList`, its items left to decode (see `FetchedPage`).
    public func pinsListFetched(
        bookmark: String? = nil, pageSize: Int? = nil, pinFilter: PinFilter? = nil, includeProtectedPins: Bool? = nil,
        pinType: PinType? = nil, creativeTypes: [CreativeType]? = nil, adAccountId: String? = nil,
        pinMetrics: Bool? = nil
    ) async throws -> FetchedPage<Pin> {
        var query = Self.adAccount(adAccountId)
        query.add("bookmark", bookmark)
        query.add("page_size", pageSize)
        query.add("pin_filter", pinFilter)
        query.add("include_protected_pins", includeProtectedPins)
        query.add("pin_type", pinType)
        query.addRepeated("creative_types", creativeTypes)
        query.add("pin_metrics", pinMetrics)
        return try await fetchPage(.pinsList, query: query)
    }

    /// Every page of `pinsList`.
    public func pinsListPages(
        pageSize: Int? = PinterestClient.maximumPageSize, pinFilter: PinFilter? = nil, includeProtectedPins: Bool? = nil,
        pinType: PinType? = nil, creativeTypes: [CreativeType]? = nil, adAccountId: String? = nil,
        pinMetrics: Bool? = nil
    ) -> PageSequence<Pin> {
        PageSequence(operation: OperationDescriptor.pinsList.id) { bookmark in
            try await self.pinsList(
                bookmark: bookmark, pageSize: pageSize, pinFilter: pinFilter,
                includeProtectedPins: includeProtectedPins, pinType: pinType, creativeTypes: creativeTypes,
                adAccountId: adAccountId, pinMetrics: pinMetrics)
        }
    }

    /// GET /pins/{pin_id}.
    public func pinsGet(pinId: String, pinMetrics: Bool? = nil, adAccountId: String? = nil) async throws -> Pin {
        var query = Self.adAccount(adAccountId)
        query.add("pin_metrics", pinMetrics)
        return try await call(.pinsGet, path: ["pin_id": pinId], query: query)
    }

    /// POST /pins. Not retried after a server error: the pin may already exist. An image larger than
    /// `PinMediaLimits.maxImageBytes` is refused before sending, with a `.invalidRequest` error.
    public func pinsCreate(_ pin: PinCreate, adAccountId: String? = nil) async throws -> Pin {
        if let media = pin.mediaSource { try PinMediaLimits.check(media, operation: .pinsCreate) }
        return try await call(.pinsCreate, query: Self.adAccount(adAccountId), body: pin)
    }

    /// PATCH /pins/{pin_id}: changes the fields that are set (beta at Pinterest).
    public func pinsUpdate(pinId: String, _ update: PinUpdate, adAccountId: String? = nil) async throws -> Pin {
        try await call(.pinsUpdate, path: ["pin_id": pinId], query: Self.adAccount(adAccountId), body: update)
    }

    /// DELETE /pins/{pin_id}.
    public func pinsDelete(pinId: String, adAccountId: String? = nil) async throws {
        try await callWithoutResponse(.pinsDelete, path: ["pin_id": pinId], query: Self.adAccount(adAccountId))
    }

    /// POST /pins/{pin_id}/save: saves the pin to a board or section.
    public func pinsSave(pinId: String, _ save: PinSave, adAccountId: String? = nil) async throws -> Pin {
        try await call(.pinsSave, path: ["pin_id": pinId], query: Self.adAccount(adAccountId), body: save)
    }

    /// GET /pins/{pin_id}/analytics. Dates are UTC days within the last 90 days.
    public func pinsAnalytics(
        pinId: String, startDate: Date, endDate: Date, metricTypes: [PinAnalyticsMetricType],
        appTypes: AppType? = nil, splitField: PinAnalyticsSplitField? = nil, adAccountId: String? = nil
    ) async throws -> PinAnalyticsResponse {
        var query = Self.analyticsWindow(startDate: startDate, endDate: endDate, adAccountId: adAccountId)
        query.add("app_types", appTypes)
        query.addCommaSeparated("metric_types", metricTypes)
        query.add("split_field", splitField)
        return try await call(.pinsAnalytics, path: ["pin_id": pinId], query: query)
    }

    /// GET /pins/analytics: analytics of 1 to 100 pins, keyed by pin id (beta at Pinterest).
    public func multiPinsAnalytics(
        pinIds: [String], startDate: Date, endDate: Date, metricTypes: [PinAnalyticsMetricType],
        appTypes: AppType? = nil, adAccountId: String? = nil
    ) async throws -> BulkPinAnalyticsResponse {
        var query = Self.analyticsWindow(startDate: startDate, endDate: endDate, adAccountId: adAccountId)
        query.addRepeated("pin_ids", pinIds)
        query.add("app_types", appTypes)
        query.addCommaSeparated("metric_types", metricTypes)
        return try await call(.multiPinsAnalytics, query: query)
    }

    /// The `start_date`, `end_date` and `ad_account_id` every analytics operation takes.
    static func analyticsWindow(startDate: Date, endDate: Date, adAccountId: String?) -> QueryParameters {
        var query = adAccount(adAccountId)
        query.add("start_date", day: startDate)
        query.add("end_date", day: endDate)
        return query
    }
}
