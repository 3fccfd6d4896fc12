import TackCore
import Testing

@Suite("Form rules: the API's limits")
struct FormRuleTests {
    @Test(arguments: [(99, nil), (100, nil), (101, "Title is 101 characters: the limit is 100")] as [(Int, String?)])
    func maxLengthAtTheBoundary(length: Int, expected: String?) {
        let text = String(repeating: "a", count: length)
        #expect(FieldRule.maxLength(100).violation(by: text, label: "Title") == expected)
    }

    @Test func lengthIsCountedInCodePointsAsTheAPICountsThem() {
        // 👩‍👩‍👧 is one grapheme but five code points; é written with a combining mark is two.
        let family = "👩‍👩‍👧"
        #expect(family.unicodeScalars.count == 5)
        let twentyFamilies = String(repeating: family, count: 20)
        #expect(FieldRule.maxLength(100).violation(by: twentyFamilies, label: "Title") == nil)
        let oneMore = twentyFamilies + "e\u{301}"
        #expect(FieldRule.maxLength(100).violation(by: oneMore, label: "Title")
            == "Title is 102 characters: the limit is 100")
        #expect([FieldRule.maxLength(100)].remainingText(for: twentyFamilies) == "0 left")
        #expect([FieldRule.maxLength(100)].remainingText(for: oneMore) == "2 over")
    }

    @Test func remainingTextFollowsTheTightestLimit() {
        #expect([FieldRule.maxLength(100)].remainingText(for: "abcd") == "96 left")
        #expect([FieldRule.lengthRange(1...180)].remainingText(for: "") == "180 left")
        #expect([FieldRule.url].remainingText(for: "abc") == nil)
        #expect([FieldRule.maxLength(800), .maxLength(500)].remainingText(for: "") == "500 left")
    }

    @Test func requiredRejectsOnlyEmptyText() {
        #expect(FieldRule.required.violation(by: "", label: "Name") == "Name is required")
        #expect(FieldRule.required.violation(by: "x", label: "Name") == nil)
    }

    @Test func sectionNameRangeAtBothBounds() {
        let rule = FieldRule.lengthRange(1...180)
        #expect(rule.violation(by: "", label: "Name") == "Name is required")
        #expect(rule.violation(by: "a", label: "Name") == nil)
        #expect(rule.violation(by: String(repeating: "b", count: 180), label: "Name") == nil)
        #expect(rule.violation(by: String(repeating: "b", count: 181), label: "Name")
            == "Name is 181 characters: the limit is 180")
        #expect(FieldRule.lengthRange(3...5).violation(by: "ab", label: "Code")
            == "Code is 2 characters: the minimum is 3")
    }

    @Test(arguments: ["https://example.com", "http://example.com/a?b=c#d", "HTTPS://EXAMPLE.COM/x", ""])
    func urlAcceptsWebURLsAndBlank(url: String) {
        #expect(FieldRule.url.violation(by: url, label: "Link") == nil)
    }

    @Test(arguments: ["example.com", "ftp://example.com", "https://", "mailto:a@b.c", "http:///path", "not a url"])
    func urlRejectsOtherSchemesAndMissingHosts(url: String) {
        #expect(FieldRule.url.violation(by: url, label: "Link") == "Link must be an http or https URL")
    }

    @Test func urlLengthLimitIs2048() {
        let prefix = "https://example.com/"
        let exact = prefix + String(repeating: "a", count: 2048 - prefix.count)
        #expect(FieldRule.url.violation(by: exact, label: "Link") == nil)
        #expect(FieldRule.url.violation(by: exact + "a", label: "Link") == "Link is 2049 characters: the limit is 2048")
    }

    @Test func urlListChecksEveryItem() {
        #expect(FieldRule.urlList.violation(by: "https://a.com/1 https://b.com/2", label: "Source") == nil)
        #expect(FieldRule.urlList.violation(by: "https://a.com/1 b.com/2", label: "Source")
            == "Source: \"b.com/2\" is not an http or https URL")
    }

    @Test func itemCountCountsWhitespaceSeparatedItems() {
        let rule = FieldRule.itemCount(2...5)
        #expect(rule.violation(by: "a", label: "Source") == "Source has 1 item: give 2 to 5")
        #expect(rule.violation(by: "a  b\tc", label: "Source") == nil)
        #expect(rule.violation(by: "a b c d e", label: "Source") == nil)
        #expect(rule.violation(by: "a b c d e f", label: "Source") == "Source has 6 items: give 2 to 5")
        #expect(rule.violation(by: "", label: "Source") == nil)
    }

    @Test(arguments: [("#6E7874", true), ("#abcdef", true), ("", true), ("6E7874", false), ("#6E787", false),
                      ("#6E78745", false), ("#GGGGGG", false), ("#６E7874", false)])
    func hexColor(text: String, valid: Bool) {
        let message = FieldRule.hexColor.violation(by: text, label: "Dominant colour")
        #expect((message == nil) == valid)
        if !valid {
            #expect(message == "Dominant colour must be a colour like #6E7874")
        }
    }

    @Test func pinReferenceAcceptsIdsAndPinURLs() {
        #expect(FieldRule.pinReference.violation(by: "1234", label: "Pin") == nil)
        #expect(FieldRule.pinReference.violation(by: "https://www.pinterest.com/pin/1234/", label: "Pin") == nil)
        #expect(FieldRule.pinReference.violation(by: "https://example.com/pin/1234", label: "Pin")
            == "Pin must be a pin id or a pinterest.com/pin/… URL")
    }

    /// A pin.it link hides the pin id behind a redirect that only pinterest.com follows: refused, saying why.
    @Test(arguments: ["https://pin.it/4xYz1AB", "pin.it/4xYz1AB", "http://www.pin.it/4xYz1AB/"])
    func pinReferenceRefusesPinItShortLinksSayingWhy(link: String) {
        #expect(FieldRule.pinReference.violation(by: link, label: "Pin")
            == "Pin: a pin.it short link hides the pin id and Pinterest's API cannot open it: "
                + "open it in a browser and paste the pinterest.com/pin/… address")
    }

    /// A pin's own link may be any http or https URL up to 2048 characters (the reference sets no
    /// other rule), a pin.it short link included.
    @Test func aPinsLinkAcceptsPinItShortLinks() {
        #expect(FieldRule.url.violation(by: "https://pin.it/4xYz1AB", label: "Link") == nil)
        #expect(FieldRule.url.violation(by: "pin.it/4xYz1AB", label: "Link") == "Link must be an http or https URL")
    }

    @Test func videoMediaIDIsDigitsWithAnOptionalCoverURL() {
        #expect(FieldRule.videoMediaID.violation(by: "12345", label: "Source") == nil)
        #expect(FieldRule.videoMediaID.violation(by: "12345 https://a.com/cover.jpg", label: "Source") == nil)
        for bad in ["abc", "123 cover.jpg", "123 https://a.com/x https://b.com/y"] {
            #expect(FieldRule.videoMediaID.violation(by: bad, label: "Source")
                == "Source must be a video media id (digits), optionally followed by a cover image URL")
        }
    }

    @Test func mediaPresentRejectsEmptyWithAHelpfulMessage() {
        #expect(FieldRule.mediaPresent.violation(by: "", label: "Source")
            == "Source is required: give an image or a video to make the pin from")
        #expect(FieldRule.mediaPresent.violation(by: "x", label: "Source") == nil)
    }

    @Test func firstViolationReportsRulesInOrder() {
        let rules: [FieldRule] = [.mediaPresent, .itemCount(2...5), .urlList]
        #expect(rules.firstViolation(by: "", label: "Source")?.hasPrefix("Source is required") == true)
        #expect(rules.firstViolation(by: "x", label: "Source") == "Source has 1 item: give 2 to 5")
        #expect(rules.firstViolation(by: "x y", label: "Source") == "Source: \"x\" is not an http or https URL")
        #expect(rules.firstViolation(by: "https://a.com https://b.com", label: "Source") == nil)
    }
}
