/// A profile's name: one signed-in account among several (`--profile work`). It names a file, so it is
/// kept to letters, digits, `-` and `_`.
public enum ProfileName {
    public static let standard = "default"

    /// Why `name` cannot be a profile name, or nil when it can.
    public static func problem(_ name: String) -> String? {
        guard !name.isEmpty, name.count <= 64 else { return "it must be 1 to 64 characters long" }
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        else { return "use only letters, digits, - and _" }
        return nil
    }
}
