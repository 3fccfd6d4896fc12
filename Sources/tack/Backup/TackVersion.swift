/// The version Tack reports (`tack --version`) and writes into an export's manifest.
enum TackVersion {
    static let current = "0.13.0"
}
