import PinterestAPI
import TackCore
import TerminalCanvas

/// The analytics screen's top pins (or top video pins): a row per pin in rank order with its title and
/// board, each metric, and a bar for the metric they are sorted by.
extension AppView {
    static func drawTopPins(_ state: AppState, in box: Rect, on buffer: inout ScreenBuffer, theme: Theme) {
        let screen = state.analyticsScreen
        let sort = screen.shownTopPinsSort
        buffer.drawBox(
            box, style: theme.style(.borderFocused), title: topPinsTitle(screen, width: box.width - 5),
            titleStyle: theme.style(.titleFocused))
        let area = box.inset(horizontally: 2, vertically: 1)
        guard area.height > 1, area.width > 20 else { return }
        switch screen.topPins {
        case .idle, .loading:
            buffer.write("Loading the top pins…", x: area.x, y: area.y, style: theme.style(.loading), maxWidth: area.width)
        case .failed(let failure):
            buffer.write(failureLine(failure, state), x: area.x, y: area.y, style: theme.style(.error), maxWidth: area.width)
        case .loaded(let table) where table.rows.isEmpty:
            let recent = screen.onlyRecentTopPins ? " created in the last \(TopPinsQuery.recentDays) days" : ""
            buffer.write(
                "No \(screen.topPinsKind.noun)\(recent) had any \(sort.label) in this period", x: area.x, y: area.y,
                style: theme.style(.muted), maxWidth: area.width)
        case .loaded(let table):
            drawTopPinsTable(table, state, in: area, on: &buffer, theme: theme)
        }
    }

    private static func drawTopPinsTable(
        _ table: TopPinsTable, _ state: AppState, in area: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let screen = state.analyticsScreen
        let sort = screen.shownTopPinsSort
        // The sort metric first, then the others while they fit; a bar for the sort metric.
        let columnWidth = 9, barWidth = min(16, area.width / 6)
        let others = screen.topPinsKind.sorts.filter { $0 != sort }
        let titleMinimum = 30
        let room = max(0, (area.width - titleMinimum - 4 - barWidth - columnWidth) / columnWidth)
        let columns = [sort] + others.prefix(room)
        let titleWidth = area.width - 4 - barWidth - 1 - columns.count * columnWidth
        let header = "  # " + "Pin".padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            + columns.map { ($0.heading.leftPadded(in: columnWidth - 1)) + " " }.joined()
        buffer.write(header, x: area.x, y: area.y, style: theme.style(.detailLabel), maxWidth: area.width)

        let maximum = table.rows.compactMap { $0.metrics[sort.rawValue] }.max() ?? 0
        let visible = area.height - 1
        let first = max(0, min(screen.selectedTopPin - visible / 2, table.rows.count - visible))
        for (line, index) in (first..<min(table.rows.count, first + visible)).enumerated() {
            let row = table.rows[index]
            let y = area.y + 1 + line
            let selected = index == screen.selectedTopPin
            let style = theme.style(selected ? .selection : .text)
            let rank = String(index + 1).leftPadded(in: 3) + " "
            let numbers = columns.map { column in
                (row.metrics[column.rawValue].map { format($0, column) } ?? "—").leftPadded(in: columnWidth - 1) + " "
            }.joined()
            let text = rank + topPinName(row.pinId, state).truncated(to: titleWidth) + numbers
            let width = buffer.write(text, x: area.x, y: y, style: style, maxWidth: area.width)
            HorizontalBar(
                value: row.metrics[sort.rawValue] ?? 0, maximum: maximum, glyphs: state.chartGlyphs, style: theme.style(.count)
            ).draw(in: Rect(x: area.x + width + 1, y: y, width: max(0, min(barWidth, area.width - width - 1)), height: 1), on: &buffer)
        }
    }

    /// "Top 20 video pins by video views · last 30 days", and " · created in the last 30 days" (or shorter,
    /// to fit in `width`) when only those are ranked.
    private static func topPinsTitle(_ screen: AnalyticsScreenState, width: Int) -> String {
        let ranking = "Top \(screen.topPinCount) \(screen.topPinsKind.noun) by \(screen.shownTopPinsSort.label)"
        let title = "\(ranking) · \(screen.period.title)"
        guard screen.onlyRecentTopPins else { return title }
        let days = TopPinsQuery.recentDays
        let recent = "\(title) · created in the last \(days) days"
        return TextWidth.columns(of: recent) <= width ? recent : "\(title) · ≤\(days) days old"
    }

    /// "1.71k" for a count, "1m 05s" for a duration (the API gives milliseconds).
    private static func format(_ value: Double, _ metric: TopPinsSort) -> String {
        metric.isDuration ? CompactDuration.format(milliseconds: value) : CompactNumber.format(value)
    }

    /// "Peach galette · Summer Recipes" once the pin is known (loaded, or fetched by id), else its id.
    private static func topPinName(_ pinId: String, _ state: AppState) -> String {
        let pin = state.loadedPin(id: pinId) ?? state.analyticsScreen.pinDetails[pinId]?.value
        guard let pin else {
            return state.analyticsScreen.pinDetails[pinId] == .loading ? "pin \(pinId) (loading its title…)" : "pin \(pinId)"
        }
        // Named as the pins pane names it: the title, else the description, else the id.
        let title = PinRow.row(for: pin).text
        let board = pin.boardId.flatMap(state.boardName(id:))
        return board.map { "\(title) · \(TextSanitizer.sanitize($0))" } ?? title
    }
}

private extension String {
    func leftPadded(in width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// Cut to `width` columns with an ellipsis, padded to exactly `width`.
    func truncated(to width: Int) -> String {
        TextWidth.pad(TextWidth.truncate(self, toColumns: width), toColumns: width)
    }
}
