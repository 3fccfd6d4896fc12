import TackCore

/// A row of the Sections pane: "(all pins)" (muted, always first) or a section's name.
public enum SectionRow {
    public static func row(for entry: SectionEntry) -> ListRow {
        switch entry {
        case .allPins: ListRow(text: "(all pins)", isSecondary: true)
        case .section(let section): ListRow(text: section.name)
        }
    }
}
