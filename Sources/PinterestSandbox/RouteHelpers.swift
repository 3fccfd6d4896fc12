import Hummingbird

typealias SandboxRouter = RouterGroup<SandboxRequestContext>

extension SandboxRequestContext {
    /// A numeric id from the path, 400 naming the parameter when it is not `^\d+$`.
    func pathId(_ name: String) throws -> Int64 {
        try Validate.id(parameters.get(name) ?? "", field: name)
    }
}

extension QueryParameters {
    /// `pin_metrics=true|false`.
    var wantsPinMetrics: Bool {
        get throws { try bool("pin_metrics") }
    }

    /// The `creative_types` filter, each validated.
    var creativeTypes: [String] {
        get throws { try list("creative_types", allowed: SandboxStore.creativeTypes) }
    }
}
