import PinterestAPI
import TackCore
import TerminalCanvas

/// Pins with pictures, and the effects and pictures of the picture tests.
enum PictureFixture {
    static func pin(_ number: Int, hasLink: Bool = true) -> Pin {
        let images: ImageRenditions = [
            "150x150": ImageDetails(width: 150, height: 150, url: "http://127.0.0.1/pinimg/150x150/p\(number).jpg"),
            "600x": ImageDetails(width: 600, height: 750, url: "http://127.0.0.1/pinimg/600x/p\(number).jpg"),
        ]
        return Pin(
            id: "p\(number)", link: hasLink ? "https://example.com/\(number)" : nil, title: "Pin \(number)",
            dominantColor: "#c05030", media: PinMedia(mediaType: .image, images: images))
    }

    static func pins(_ count: Int) -> [Pin] { (1...count).map { pin($0) } }

    /// The pins of board b1 in focus, pictures drawn with `renderer`; `pins` nil leaves the pins'
    /// first page to come (`pinsPage`).
    static func state(pins: [Pin]? = pins(3), renderer: PictureRenderer = .symbols) -> AppState {
        var state = Fixture.withBoards(Fixture.boards(3))
        state.pictureRenderer = renderer
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .sectionsPageLoaded(PageRequest(source: .sections(boardId: "b1")), [], bookmark: nil))
        state.boardsScreen.focus = .pins
        if let pins { _ = reduce(&state, pinsPage(pins)) }
        return state
    }

    /// Board b1's first page of pins.
    static func pinsPage(_ pins: [Pin]) -> Action {
        .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), pins, bookmark: nil)
    }

    /// A one-cell picture.
    static let image = TerminalImage(size: Size(width: 1, height: 1), content: .cells([Cell(grapheme: "▀")]))

    /// The picture loads an effect starts, searching batches.
    static func loads(in effect: Effect) -> [PictureRequest] {
        switch effect {
        case .picture(_, let request, _): [request]
        case .batch(let effects): effects.flatMap(loads(in:))
        default: []
        }
    }

    /// The host requests an effect asks for, searching batches.
    static func hostRequests(in effect: Effect) -> [HostRequest] {
        switch effect {
        case .host(_, let request): [request]
        case .batch(let effects): effects.flatMap(hostRequests(in:))
        default: []
        }
    }
}
