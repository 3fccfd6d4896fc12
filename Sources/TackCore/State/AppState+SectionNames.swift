import PinterestAPI

/// Naming a pin's section. Pins carry only a section id; the name comes from the opened section, the
/// sections pane, or the sections fetched for this purpose (`sectionNames`, by board).
extension AppState {
    /// The name of a section, if known. Without `boardId`, the fetched sections of every board are searched.
    public func sectionName(boardId: String?, sectionId: String) -> String? {
        if boardsScreen.chosenSection?.id == sectionId { return boardsScreen.chosenSection?.name }
        for case .section(let section) in boardsScreen.sections.items where section.id == sectionId { return section.name }
        let fetched = boardId.map { [sectionNames[$0]] } ?? Array(sectionNames.values)
        for case .loaded(let sections)? in fetched {
            if let section = sections.first(where: { $0.id == sectionId }) { return section.name }
        }
        return nil
    }

    /// A section's name from the loaded and fetched sections (for messages about writes), if known.
    public func sectionName(id: String) -> String? {
        sectionName(boardId: nil, sectionId: id)
    }

    /// What the detail pane says for a pin's section: its name, "loading…" while the board's sections
    /// are fetched, else the section id.
    public func sectionLabel(boardId: String?, sectionId: String) -> String {
        if let name = sectionName(boardId: boardId, sectionId: sectionId) { return name }
        if let boardId, sectionNames[boardId] == .loading { return "loading…" }
        return sectionId
    }

    /// Fetches the sections of the shown pin's board when the detail pane or the pin view cannot name
    /// the pin's section; once per board (a failure is not repeated until a refresh).
    mutating func fetchSectionNamesIfNeeded() -> Effect {
        guard showDetail || pinView != nil, case .pin(let pin)? = detailSubject,
              let sectionId = pin.boardSectionId,
              let boardId = pin.boardId, sectionNames[boardId] == nil,
              sectionName(boardId: boardId, sectionId: sectionId) == nil
        else { return .none }
        return fetchSectionNames(ofBoard: boardId)
    }

    /// Fetches every section of a board into `sectionNames`.
    mutating func fetchSectionNames(ofBoard boardId: String) -> Effect {
        sectionNames[boardId] = .loading
        return .request(id: .sectionNames(boardId: boardId), .boardSections(boardId: boardId))
    }

    /// Keeps the sections of a board, however they were fetched (also for a picker or a dialog).
    mutating func keepSectionNames(_ sections: [BoardSection], ofBoard boardId: String) {
        sectionNames[boardId] = .loaded(sections)
    }

    /// Records that the sections could not be fetched, if they were fetched for naming.
    mutating func failSectionNames(ofBoard boardId: String, with failure: APIFailure) {
        if sectionNames[boardId] == .loading { sectionNames[boardId] = .failed(failure) }
    }

    /// Forgets what is known of a board's sections after a write changed them.
    mutating func forgetSectionNames(changedBy request: WriteRequest) {
        switch request {
        case .createSection(let boardId, _), .renameSection(let boardId, _, _), .deleteSection(let boardId, _):
            sectionNames[boardId] = nil
        default:
            break
        }
    }
}
