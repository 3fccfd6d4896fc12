/// `BoardSection` as the API sends it.
struct WireSection: Codable, Sendable {
    let id: String
    let name: String
}
