import TackCore
import Testing

@Suite("Pin references")
struct PinReferenceTests {
    @Test(arguments: [
        "1234", "  1234 ", "https://www.pinterest.com/pin/1234/", "https://www.pinterest.com/pin/1234",
        "pinterest.co.uk/pin/1234", "http://fr.pinterest.ca/pin/1234/?utm_source=x&b=2",
        "https://pinterest.com/pin/1234?nic=1#top", "www.pinterest.com/pin/1234/sent/",
    ])
    func readsThePinID(text: String) {
        #expect(PinReference.parse(text) == "1234")
    }

    @Test(arguments: [
        "", "12a4", "https://example.com/pin/1234", "https://www.pinterest.com/board/1234/",
        "https://www.pinterest.com/pin/", "https://www.pinterest.com/pin/abc/", "ftp://pinterest.com/pin/1234",
        "https://pinterest/pin/1234", "https://notpinterest.com/pin/1234", "-1234",
    ])
    func rejectsAnythingElse(text: String) {
        #expect(PinReference.parse(text) == nil)
    }
}
