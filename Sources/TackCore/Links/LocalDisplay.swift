/// Whether links can be opened where Tack runs: only with a local display to open them on.
public enum LocalDisplay {
    /// True when DISPLAY or WAYLAND_DISPLAY is set and not empty (never over a plain SSH session).
    public static func isPresent(in environment: [String: String]) -> Bool {
        ["DISPLAY", "WAYLAND_DISPLAY"].contains { environment[$0].map { !$0.isEmpty } ?? false }
    }
}
