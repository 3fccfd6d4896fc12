import TackCore
import Testing

@Suite struct DetailFieldTests {
    @Test func aParagraphOfOnlySpacesAndLineBreaksOfAnyKindTakesNoRoom() {
        for blank in ["", " ", " \n\t", "\u{00A0}\u{3000}", "\u{2028}"] {
            #expect(DetailField.paragraph("note", blank) == nil)
        }
        #expect(DetailField.paragraph("note", " Crème ") == DetailField("note", .paragraph(" Crème ")))
        #expect(DetailField.paragraph("note", "\u{3000}東京") == DetailField("note", .paragraph("\u{3000}東京")))
    }
}
