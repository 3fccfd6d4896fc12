/// The error body.
struct WireError: Codable, Sendable {
    let code: Int
    let message: String
}
