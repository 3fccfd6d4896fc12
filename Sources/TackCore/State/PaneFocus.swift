/// The pane that receives list keys.
public enum PaneFocus: Hashable, Sendable {
    case boards, sections, pins, detail
}
