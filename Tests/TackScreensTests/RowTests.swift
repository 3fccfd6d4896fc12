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
        #expect(Pin(id: "1", title: "  Lemon tart ").displayTitle == "Lemon tart")
        #expect(Pin(id: "1", title: "", description: "Watermelon and feta").displayTitle == "Watermelon and feta")
        #expect(Pin(id: "1", description: "one two three four five six seven eight nine").displayTitle == "one two three four five six seven eight…")
        #expect(Pin(id: "1234", title: " ", description: "\n").displayTitle == "Pin 1234")
    }

    @Test func pinTitlesAreTrimmedOfEveryKindOfSpaceAndKeptWholeOtherwise() {
        #expect(Pin(id: "1", title: "\u{00A0}Crème brûlée\u{3000}").displayTitle == "Crème brûlée")
        #expect(Pin(id: "1", title: "\u{2028}Tart\t").displayTitle == "Tart")
        #expect(Pin(id: "1", title: "Crème brûlée 🍮").displayTitle == "Crème brûlée 🍮")
        #expect(Pin(id: "1", title: "東京").displayTitle == "東京")
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
