/// The queries that ask the terminal which pictures it draws: the kitty graphics query, XTVERSION,
/// then the primary device attributes, which every terminal answers and so end the wait.
public enum TerminalQueries {
    /// Asks whether kitty graphics work, with a 1x1 RGB picture that is checked, never shown.
    public static let kittyGraphics = "\u{1B}_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u{1B}\\"
    public static let version = "\u{1B}[>0q"
    public static let deviceAttributes = "\u{1B}[c"

    /// What to write: inside tmux the kitty and version queries go through its passthrough (to the
    /// terminal around it, and answered only when tmux lets them through); the device attributes
    /// are answered by tmux itself.
    public static func all(insideTmux: Bool) -> String {
        let outer = kittyGraphics + version
        return (insideTmux ? tmuxPassthrough(outer) : outer) + deviceAttributes
    }

    /// `sequence` wrapped for tmux's passthrough (`allow-passthrough on`): each ESC doubled, inside
    /// ESC P tmux; … ESC \.
    public static func tmuxPassthrough(_ sequence: String) -> String {
        "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }
}
