import PinterestAPI
import TackCore
import TackScreens
import Testing

@Suite struct RowTests {
    @Test func boardRowShowsPinCountAndPrivacy() {
        #expect(BoardRow.row(for: Board(id: "1", name: "Garden", privacy: .secret, pinCount: 112)) == ListRow(text: "Garden", trailing: "112 🔒"))
        #expect(BoardRow.row(for: Board(id: "1", name: "Fonts", privacy: .protected, pinCount: 9)) == ListRow(text: "Fonts", trailing: "9 ◈ "))
        #expect(BoardRow.row(for: Board(id: "1", name: "Food", privacy: .public)) == ListRow(text: "Food", trailing: "   "))
    }

    @Test func pinRowFallsBackToTheDescriptionThenTheId() {
        #expect(PinRow.displayTitle(of: Pin(id: "1", title: "  Lemon tart ")) == "Lemon tart")
        #expect(PinRow.displayTitle(of: Pin(id: "1", title: "", description: "Watermelon and feta")) == "Watermelon and feta")
        #expect(PinRow.displayTitle(of: Pin(id: "1", description: "one two three four five six seven eight nine")) == "one two three four five six seven eight…")
        #expect(PinRow.displayTitle(of: Pin(id: "1234", title: " ", description: "\n")) == "Pin 1234")
    }

    @Test func videoPinsAreMarked() {
        #expect(PinRow.row(for: Pin(id: "1", title: "Corn", media: PinMedia(mediaType: .video))).trailing == "▶")
        #expect(PinRow.row(for: Pin(id: "1", title: "Corn")).trailing == "")
    }

    @Test func allPinsRowIsSecondary() {
        #expect(SectionRow.row(for: .allPins) == ListRow(text: "(all pins)", isSecondary: true))
        #expect(SectionRow.row(for: .section(BoardSection(id: "7", name: "Salads"))) == ListRow(text: "Salads"))
    }
}
