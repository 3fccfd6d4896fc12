import Foundation
import PinterestAPI
import TackCore
import TerminalCanvas

/// Test data: a theme and keymap built in code (so snapshots do not change with the shipped presets),
/// boards, sections and pins with awkward text, and states built from them.
enum Fixtures {
    /// Every role has its own foreground colour, so style assertions can tell roles apart.
    static let theme = Theme(
        name: "test",
        styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { index, role in
            (role, Style(foreground: .indexed(UInt8(16 + index)), background: role == .selection ? .ansi(4) : .terminalDefault))
        })
    )

    /// Vim-like bindings with sequences ("g g", "g t") so prefixes and hint lines can be shown.
    static let keymap = keymap(adding: [:])

    /// `keymap` with more bindings, for what the snapshots of other screens need not show.
    static func keymap(adding extra: [KeyContext: [Command: [String]]]) -> Keymap {
        let names: [KeyContext: [Command: [String]]] = [
            .global: [
                .quit: ["q", "ctrl-c"], .help: ["?"], .focusNext: ["tab", "g t"], .focusPrevious: ["shift-tab"],
                .toggleDetail: ["d"], .showBoards: ["b"], .showMyPins: ["p"], .showFollowedBoards: ["f"],
                .refresh: ["ctrl-r"],
            ],
            .list: [
                .moveUp: ["k", "up"], .moveDown: ["j", "down"], .pageUp: ["pgup"], .pageDown: ["pgdown"],
                .goTop: ["g g", "home"], .goBottom: ["G", "end"], .open: ["enter"], .back: ["esc", "h"],
                .filter: ["/"], .cycleSort: ["s"], .reverseSort: ["S"], .retry: ["r"],
            ],
            .boards: [.createBoard: ["n"], .editBoard: ["e"], .deleteBoard: ["x"]],
            .sections: [.createSection: ["n"], .renameSection: ["e"], .deleteSection: ["x"]],
            .pins: [
                .cyclePinFilter: ["F"], .cyclePinType: ["t"], .cycleCreativeType: ["c"], .toggleProtectedPins: ["P"],
                .createPin: ["n"], .editPin: ["e"], .deletePins: ["x"], .movePins: ["m"], .savePin: ["a"],
                .toggleMark: ["space"], .markRange: ["v"], .clearMarks: ["u"],
            ],
            .help: [.closeHelp: ["esc", "enter"]],
            .filter: [.acceptFilter: ["enter"], .clearFilter: ["esc"], .deleteBackward: ["backspace"]],
            .form: [
                .submit: ["ctrl-s"], .cancelForm: ["esc"], .nextField: ["tab"], .previousField: ["shift-tab"],
                .activateField: ["enter"], .cursorLeft: ["left"], .cursorRight: ["right"], .deleteBackward: ["backspace"],
            ],
            .picker: [.moveUp: ["up"], .moveDown: ["down"], .choose: ["enter"], .cancelPicker: ["esc"], .deleteBackward: ["backspace"]],
            .confirm: [.confirm: ["y"], .acceptDialog: ["enter"], .cancelDialog: ["n", "esc"]],
        ]
        return Keymap(names.merging(extra) { $0.merging($1) { $1 } }.mapValues { bindings in
            bindings.mapValues { sequences in sequences.map { try! KeySequence(parsing: $0) } }
        })
    }

    static func date(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    static let summerRecipes = Board(
        id: "549755885175", name: "Summer Recipes", description: "Light food for hot days: salads, grilled fruit and cold desserts.",
        owner: BoardOwner(username: "jules"), privacy: .public, createdAt: date("2025-05-14T09:30:00Z"),
        boardPinsModifiedAt: date("2026-06-02T14:03:00Z"), pinCount: 48, followerCount: 1_203, collaboratorCount: 2
    )
    static let boards: [Board] = [
        summerRecipes,
        Board(id: "549755885176", name: "Garden ideas", privacy: .secret, pinCount: 112),
        Board(id: "549755885177", name: "Typography 🔤", privacy: .protected, pinCount: 9),
        Board(id: "549755885178", name: "東京のラーメン屋さん巡り", pinCount: 23),
        Board(id: "549755885179", name: "🌸🌸 Spring 🌸 flowers", pinCount: 7),
        Board(id: "549755885180", name: "مطبخ عربي", pinCount: 5),
    ]

    static let salads = BoardSection(id: "7001", name: "Salads")
    static let sections: [SectionEntry] = [
        .section(salads), .section(BoardSection(id: "7002", name: "Desserts")),
        .section(BoardSection(id: "7003", name: "Grilling")),
    ]

    /// A pin with every field the API gives.
    static let peachSalad = Pin(
        id: "813744226373", createdAt: date("2026-06-02T14:03:27Z"), link: "https://example.com/recipes/grilled-peach-salad",
        title: "Grilled peach salad",
        description: "Charred peaches, burrata, basil and a honey-lime dressing. Ready in twenty minutes; serves four as a starter.",
        dominantColor: "#E8A26B", altText: "A white plate of grilled peach halves on greens", creativeType: .regular,
        boardId: summerRecipes.id, boardSectionId: salads.id, boardOwner: BoardOwner(username: "jules"), isOwner: true,
        media: PinMedia(mediaType: .image, images: [
            "150x150": ImageDetails(width: 150, height: 150, url: "https://i.example.com/150.jpg"),
            "400x300": ImageDetails(width: 400, height: 300, url: "https://i.example.com/400.jpg"),
            "600x": ImageDetails(width: 600, height: nil, url: "https://i.example.com/600.jpg"),
            "1200x": ImageDetails(width: 1200, height: nil, url: "https://i.example.com/1200.jpg"),
        ]),
        parentPinId: "813744226001", isStandard: true, hasBeenPromoted: false, note: "Use white peaches if you can."
    )
    static let pins: [Pin] = [
        peachSalad,
        Pin(id: "813744226374", title: "Lemon tart", boardId: summerRecipes.id),
        Pin(id: "813744226375", description: "Watermelon, feta and mint with a squeeze of lime and black pepper on top", boardId: summerRecipes.id),
        Pin(id: "9001", boardId: summerRecipes.id),
        Pin(id: "813744226377", title: "Corn on the cob, three ways", boardId: summerRecipes.id, media: PinMedia(mediaType: .video)),
    ]

    /// A title carrying a colour escape, a bell, a cursor move, an OSC title change and a bidi override.
    static let hostilePin = Pin(
        id: "813744226399", title: "\u{1B}[31mRed\u{1B}[0m alert\u{07}\u{1B}[2J\u{1B}]0;owned\u{07} \u{202E}txet\u{202C} done",
        description: "Line one\nline two\u{1B}[1m bold?", boardId: summerRecipes.id
    )
    static let rtlPin = Pin(id: "813744226398", title: "שלום עולם — hello", description: "مرحبا بالعالم", boardId: summerRecipes.id)

    /// A loaded list pane with `items`, the given selection and no more pages unless `bookmark` is set.
    static func pane<Item: PaneItem>(
        _ source: ListSource, _ items: [Item], selected: String? = nil, bookmark: String? = nil
    ) -> ListPane<Item> {
        var pane = ListPane<Item>(source: source)
        pane.items = items
        pane.bookmark = bookmark
        pane.phase = .loaded
        pane.selectedID = selected ?? items.first?.id
        return pane
    }

    /// Summer Recipes opened, its Salads section opened, the peach salad selected in the focused pins pane.
    static func browsing(_ size: Size) -> AppState {
        var state = AppState(keymap: keymap, apiHost: "api.pinterest.com", terminalSize: size)
        state.account = .loaded(Account(username: "jules"))
        state.boardsScreen.boards = pane(.ownBoards, boards, bookmark: "b2")
        state.boardsScreen.chosenBoard = summerRecipes
        state.boardsScreen.sections = pane(.sections(boardId: summerRecipes.id), sections, selected: salads.id)
        state.boardsScreen.chosenSection = salads
        state.boardsScreen.pins = pane(.sectionPins(boardId: summerRecipes.id, sectionId: salads.id), pins)
        state.boardsScreen.focus = .pins
        return state
    }
}
