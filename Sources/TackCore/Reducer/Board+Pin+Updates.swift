import PinterestAPI

/// Items as they look after an update or move, for the optimistic change shown before the answer.
extension Board {
    func updated(by update: BoardUpdate) -> Board {
        var board = self
        if let name = update.name { board.name = name }
        if let description = update.description { board.description = description }
        if let privacy = update.privacy { board.privacy = privacy }
        return board
    }
}

extension Pin {
    func updated(by update: PinUpdate) -> Pin {
        var pin = self
        if let title = update.title { pin.title = title }
        if let description = update.description { pin.description = description }
        if let link = update.link { pin.link = link.isEmpty ? nil : link }
        if let altText = update.altText { pin.altText = altText }
        return pin
    }

    func moved(toBoard boardId: String, section sectionId: String?) -> Pin {
        var pin = self
        pin.boardId = boardId
        pin.boardSectionId = sectionId
        return pin
    }
}
