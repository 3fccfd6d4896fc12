import PinterestAPI

/// What the detail pane shows, with the names the loaded lists give, for the view that draws it and
/// the reducer that scrolls it.
extension AppState {
    /// The content of the detail pane for `detailSubject`.
    public var detailContent: DetailContent? {
        switch detailSubject {
        case .board(let board):
            let sections = boardsScreen.sections
            let sectionsLoaded = sections.source == .sections(boardId: board.id) && sections.phase == .loaded
            let sectionCount = sectionsLoaded ? "\(sections.loadedCount)\(sections.hasMore ? "+" : "")" : nil
            return BoardDetail.content(for: board, sectionCount: sectionCount)
        case .pin(let pin):
            return PinDetail.content(for: pin, boardName: pinBoardName(pin), sectionName: pinSectionName(pin))
        case .profile(let account):
            return AccountDetail.profile(account, exact: true)
        case .person(let person):
            let followsYou = accountScreen.section == .followers ? true : Self.known(person, in: accountScreen.followers)
            let youFollow = accountScreen.section == .following || accountScreen.isFollowing(person.id)
                ? true : Self.known(person, in: accountScreen.following)
            return AccountDetail.person(person, followsYou: followsYou, youFollow: youFollow)
        case .business(let business):
            return AccountDetail.business(business)
        case .website(let website):
            return AccountDetail.website(website)
        case nil:
            return nil
        }
    }

    /// The name of a pin's board when it is among the loaded boards.
    func pinBoardName(_ pin: Pin) -> String? {
        pin.boardId.flatMap(boardName(id:))
    }

    /// The name of a pin's section (or what stands for it while its board's sections load).
    func pinSectionName(_ pin: Pin) -> String? {
        pin.boardSectionId.map { sectionLabel(boardId: pin.boardId, sectionId: $0) }
    }

    /// Whether `person` is in `list`: yes when listed, no when the whole list is loaded without them,
    /// nil when it is not known.
    private static func known(_ person: UserSummary, in list: ListPane<UserSummary>) -> Bool? {
        if list.item(withID: person.id) != nil { return true }
        return list.phase == .loaded && !list.hasMore && list.filter.isEmpty ? false : nil
    }
}
