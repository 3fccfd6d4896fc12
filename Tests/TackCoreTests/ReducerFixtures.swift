import Foundation
import PinterestAPI
import TackCore
import TerminalCanvas

/// Builders for the reducer and store tests: boards, sections, pins, a small keymap, and states
/// reached by sending the actions the app would.
enum Fixture {
    static func board(_ number: Int, name: String? = nil, pinCount: Int? = nil, created: Date? = nil) -> Board {
        Board(id: "b\(number)", name: name ?? "Board \(number)", createdAt: created, pinCount: pinCount)
    }

    static func boards(_ count: Int, from first: Int = 1) -> [Board] {
        (first..<first + count).map { board($0) }
    }

    static func section(_ number: Int, name: String? = nil) -> BoardSection {
        BoardSection(id: "s\(number)", name: name ?? "Section \(number)")
    }

    static func pin(_ number: Int, title: String? = nil, description: String? = nil, created: Date? = nil) -> Pin {
        Pin(id: "p\(number)", createdAt: created, title: title ?? "Pin \(number)", description: description)
    }

    static func pins(_ count: Int, from first: Int = 1) -> [Pin] {
        (first..<first + count).map { pin($0) }
    }

    static func day(_ day: Int) -> Date { Date(timeIntervalSince1970: Double(day) * 86_400) }

    static func key(_ character: Character, _ modifiers: KeyModifiers = []) -> Action {
        .terminal(.key(KeyPress(.character(character), modifiers)))
    }

    static func key(_ key: Key) -> Action { .terminal(.key(KeyPress(key))) }

    /// A keymap with a few bindings per context, enough to drive keys through the resolver.
    static let keymap: Keymap = {
        func keys(_ text: String) -> KeySequence { try! KeySequence(parsing: text) }
        return Keymap([
            .global: [.quit: [keys("q")], .help: [keys("?")], .focusNext: [keys("tab")]],
            .list: [
                .moveDown: [keys("j")], .moveUp: [keys("k")], .goTop: [keys("g g")], .goBottom: [keys("G")],
                .filter: [keys("/")], .open: [keys("enter")],
            ],
            .pins: [.cyclePinFilter: [keys("f")]],
            .help: [.closeHelp: [keys("esc")], .moveDown: [keys("j")], .goBottom: [keys("G")]],
            .filter: [.acceptFilter: [keys("enter")], .clearFilter: [keys("esc")], .deleteBackward: [keys("backspace")]],
        ])
    }()

    static func freshState(height: Int = 40) -> AppState {
        AppState(keymap: keymap, apiHost: "127.0.0.1", terminalSize: Size(width: 120, height: height))
    }

    /// After launch, with the account and one page of own boards loaded.
    static func withBoards(_ boards: [Board], bookmark: String? = nil, height: Int = 40) -> AppState {
        var state = freshState(height: height)
        _ = reduce(&state, .appStarted)
        _ = reduce(&state, .accountLoaded(Account(username: "jules")))
        _ = reduce(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), boards, bookmark: bookmark))
        return state
    }

    /// With board b1 opened and its sections and pins loaded; the focus is on the sections.
    static func withOpenBoard(
        sections: [BoardSection] = [section(1), section(2)], pins: [Pin] = pins(3), pinsBookmark: String? = nil
    ) -> AppState {
        var state = withBoards(boards(3))
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .sectionsPageLoaded(PageRequest(source: .sections(boardId: "b1")), sections, bookmark: nil))
        _ = reduce(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), pins, bookmark: pinsBookmark))
        return state
    }

    /// With the focus on the pins of board b1.
    static func withFocusedPins(_ pins: [Pin], bookmark: String? = nil) -> AppState {
        var state = withOpenBoard(pins: pins, pinsBookmark: bookmark)
        state.boardsScreen.focus = .pins
        return state
    }
}

/// Sends actions in order and returns the effect of each.
@discardableResult
func send(_ state: inout AppState, _ actions: Action...) -> [Effect] {
    actions.map { reduce(&state, $0) }
}

/// The request of a `.request` effect under `id`, searching batches.
func request(for id: EffectID, in effect: Effect) -> APIRequest? {
    switch effect {
    case .request(id, let request): request
    case .batch(let effects): effects.lazy.compactMap { request(for: id, in: $0) }.first
    default: nil
    }
}

/// The ids a (possibly batched) effect cancels.
func cancelledIDs(in effect: Effect) -> [EffectID] {
    switch effect {
    case .cancel(let id): [id]
    case .batch(let effects): effects.flatMap(cancelledIDs)
    default: []
    }
}
