import PinterestAPI

/// The only place the state changes: applies `action` and returns the work to do next, as a value.
/// Pure and synchronous. Whatever the action, a pin in the detail pane gets its section named, the pin
/// view closes when its pin is gone, the detail pane's scroll starts at the top for another subject,
/// a rate-limit countdown ends with its request, and the pictures on view load (those gone from view
/// stop loading).
public func reduce(_ state: inout AppState, _ action: Action) -> Effect {
    let effect = reduceAction(&state, action)
    state.closePinViewIfItsPinIsGone()
    state.forgetDetailScrollOfAnotherSubject()
    let effects = Effect.all([effect, state.fetchSectionNamesIfNeeded(), state.loadPicturesOnView()])
    return .all([effects, state.endCountdowns(endedBy: effects)])
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> Effect {
    switch action {
    case .appStarted:
        return state.start()
    case .terminal(let event):
        return state.handle(event)
    case .command(let command):
        return state.perform(command)
    case .accountLoaded(let account):
        return state.receiveAccount(.loaded(account))
    case .accountFailed(let failure):
        return state.receiveAccount(.failed(failure))
    case .boardsPageLoaded(let request, let boards, let bookmark):
        return state.receive(boards, bookmark: bookmark, for: request, into: AppState.boardsPath(request.source.pane))
    case .sectionsPageLoaded(let request, let sections, let bookmark):
        return state.receive(sections.map(SectionEntry.section), bookmark: bookmark, for: request, into: \.boardsScreen.sections)
    case .pinsPageLoaded(let request, let pins, let bookmark):
        let effect = state.receive(pins, bookmark: bookmark, for: request, into: AppState.pinsPath(request.source.pane))
        return .all([effect, state.selectPinToSelect()])
    case .pageFailed(let request, let failure):
        return state.fail(request, with: failure)
    case .allOwnBoardsLoaded(let boards):
        return state.receiveAllOwnBoards(boards)
    case .allOwnBoardsFailed(let failure):
        return state.failAllOwnBoards(with: failure)
    case .boardSectionsLoaded(let boardId, let sections):
        state.keepSectionNames(sections, ofBoard: boardId)
        return state.receiveSections(sections, ofBoard: boardId)
    case .boardSectionsFailed(let boardId, let failure):
        state.failSectionNames(ofBoard: boardId, with: failure)
        return state.failSections(ofBoard: boardId, with: failure)
    case .sectionPinsCounted(let boardId, let sectionId, let count):
        state.updateDeleteSectionDialog(boardId: boardId, sectionId: sectionId, pinCount: count)
        return .none
    case .accountScreen(let action):
        return state.reduceAccountScreen(action)
    case .analyticsScreen(let action):
        return state.reduceAnalyticsScreen(action)
    case .pinAnalytics(let action):
        return state.reducePinAnalytics(action)
    case .writeSucceeded(let request, let result):
        state.forgetSectionNames(changedBy: request)
        return state.writeSucceeded(request, result)
    case .writeFailed(let request, let failure):
        return state.writeFailed(request, failure)
    case .requestProgress(let id, let progress):
        return state.receive(progress, from: id)
    case .tick(let id):
        return state.tick(id)
    case .pictureLoaded(let request, let image):
        state.receivePicture(request, .loaded(image))
        return .none
    case .pictureFailed(let request, let reason):
        state.receivePicture(request, .failed(reason))
        return .none
    case .hostRequestDone(let request):
        state.receiveHostRequest(request, failure: nil)
        return .none
    case .hostRequestFailed(let request, let reason):
        state.receiveHostRequest(request, failure: reason)
        return .none
    }
}
