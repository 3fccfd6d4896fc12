import PinterestAPI
import TerminalCanvas

/// Pickers that fill a form's board or section field (and the sections they, or a board delete's
/// dialog, fetch) or choose My pins' creative type.
extension AppState {
    /// Opens the picker for a board or section field. The account's boards, or a board's sections,
    /// are fetched whole unless the boards or sections pane already holds all of them.
    mutating func openPicker(for field: FieldID) -> Effect {
        guard let form else { return .none }
        let current = form[field]?.value.submittedText
        if field == .board {
            let everyBoardLoaded = boardsScreen.boards.source == .ownBoards && boardsScreen.boards.phase == .loaded && !boardsScreen.boards.hasMore
            picker = PickerState(
                title: "Board", options: Self.boardOptions(boardsScreen.boards.items), target: .field(.board), selectedID: current,
                isLoading: !everyBoardLoaded)
            return everyBoardLoaded ? .none : .request(id: .allOwnBoards, .allOwnBoards)
        }
        guard let boardId = form.destinationBoardId else {
            statusMessage = "Choose a board first"
            return .none
        }
        let loaded = loadedSections(ofBoard: boardId)
        picker = PickerState(
            title: "Section", options: Self.sectionOptions(loaded ?? []), target: .field(field), selectedID: current,
            isLoading: loaded == nil)
        return loaded == nil ? .request(id: .boardSections, .boardSections(boardId: boardId)) : .none
    }

    mutating func performInPicker(_ command: Command) -> Effect {
        guard let all = picker?.visibleOptions.count else { return .none }
        let page = ScreenLayout.pickerOptionRows(in: Rect(size: terminalSize))
        switch command {
        case .moveUp: picker?.moveSelection(by: -1)
        case .moveDown: picker?.moveSelection(by: 1)
        case .pageUp: picker?.moveSelection(by: -page)
        case .pageDown: picker?.moveSelection(by: page)
        case .goTop: picker?.moveSelection(by: -all)
        case .goBottom: picker?.moveSelection(by: all)
        case .deleteBackward: picker?.editFilter(.deleteBackward)
        case .choose: return choosePickedOption()
        case .cancelPicker: return closePicker()
        default: break
        }
        return .none
    }

    /// A board's sections arrived: they fill a section picker waiting for them and complete a board
    /// delete's dialog.
    mutating func receiveSections(_ sections: [BoardSection], ofBoard boardId: String) -> Effect {
        if isPickingSections(ofBoard: boardId) {
            picker?.load(Self.sectionOptions(sections))
        }
        if form?.destinationBoardId == boardId { form?.nameSection(from: sections) }
        updateDeleteBoardDialog(boardId: boardId, sectionCount: sections.count)
        return .none
    }

    mutating func receiveAllOwnBoards(_ boards: [Board]) -> Effect {
        if picker?.target == .field(.board), picker?.isLoading == true {
            picker?.load(Self.boardOptions(boards))
        }
        return .none
    }

    /// Keeps offering the boards already loaded, and says why the rest are missing.
    mutating func failAllOwnBoards(with failure: APIFailure) -> Effect {
        if picker?.target == .field(.board), picker?.isLoading == true {
            picker?.load(Self.boardOptions(boardsScreen.boards.items))
            statusMessage = "Could not load all your boards: \(failure.userMessage)"
        }
        return .none
    }

    mutating func failSections(ofBoard boardId: String, with failure: APIFailure) -> Effect {
        if isPickingSections(ofBoard: boardId) {
            picker?.load(Self.sectionOptions([]))
            statusMessage = "Could not load the sections: \(failure.userMessage)"
        }
        if form?.destinationBoardId == boardId { form?.giveUpNamingSection() }
        updateDeleteBoardDialog(boardId: boardId, sectionCount: nil)
        return .none
    }

    /// Fills the form's field, or sets the filter, with the highlighted option and closes the picker.
    private mutating func choosePickedOption() -> Effect {
        guard let picker, let option = picker.selectedOption else { return .none }
        self.picker = nil
        switch picker.target {
        case .field(let field):
            form?.fillReference(field, with: option.id, label: option.label)
            return .none
        case .myPinsCreativeType:
            return changeMyPinsFilters { $0.creativeType = option.id.map(CreativeType.init(rawValue:)) }
        }
    }

    private mutating func closePicker() -> Effect {
        guard let closing = picker else { return .none }
        picker = nil
        guard closing.isLoading else { return .none }
        return .cancel(closing.target == .field(.board) ? .allOwnBoards : .boardSections)
    }

    private func isPickingSections(ofBoard boardId: String) -> Bool {
        guard let picker, picker.target == .field(.section), picker.isLoading else { return false }
        return form?.destinationBoardId == boardId
    }

    private static func boardOptions(_ boards: [Board]) -> [PickerOption] {
        boards.map { PickerOption(id: $0.id, label: $0.name, detail: $0.pinCount.map { "\($0) pins" }) }
    }

    /// "(none: the board itself)", then the sections.
    private static func sectionOptions(_ sections: [BoardSection]) -> [PickerOption] {
        [.noSection] + sections.map { PickerOption(id: $0.id, label: $0.name) }
    }
}
