/// Random pages of pins as JSON text, the same for the same seed: every member of a pin, its media
/// (image, video or carousel) and renditions present, null or absent, in any order, strings with every
/// kind of escape and script, unknown members holding any JSON, and whitespace anywhere it may go.
/// Only JSON that `PinPageReader` reads (no duplicate members, integers written as integers, no
/// `pin_metrics`), so that what it reads can be compared with what JSONDecoder decodes.
struct RandomPinJSON {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func page() -> String {
        var members = [("items", array((0..<int(0..<6)).map { _ in pin() }))]
        if chance(0.8) { members.append(("bookmark", chance(0.3) ? "null" : string())) }
        return object(members + unknownMembers())
    }

    // MARK: Pins

    private mutating func pin() -> String {
        var members = [("id", string())]
        let optional: [(String, (inout RandomPinJSON) -> String)] = [
            ("created_at", { $0.pick(["\"2022-10-13T01:40:29\"", "\"2022-12-14T21:03:01.602000\"", "\"2022-03-14T15:15:22Z\"", "\"2024-02-29T23:59:59.5-08:00\""]) }),
            ("link", { $0.string() }), ("title", { $0.string() }), ("description", { $0.string() }),
            ("dominant_color", { $0.pick(["\"#a3b2c1\"", "\"#FFFFFF\""]) }), ("alt_text", { $0.string() }),
            ("creative_type", { $0.pick(["\"REGULAR\"", "\"VIDEO\"", "\"CAROUSEL\"", "\"NEW_KIND\""]) }),
            ("board_id", { $0.pick(["\"1\"", "\"123456789012345678\"", "\"876543210987654321\""]) }),
            ("board_section_id", { $0.pick(["\"5\"", "\"555555555555555555\""]) }),
            ("board_owner", { $0.object([("username", $0.pick(["\"tack_demo\"", "\"a_rather_long_username\"", "null"]))] + $0.unknownMembers()) }),
            ("is_owner", { $0.bool() }), ("is_standard", { $0.bool() }), ("has_been_promoted", { $0.bool() }),
            ("media", { $0.media() }), ("parent_pin_id", { $0.string() }), ("note", { $0.string() }),
            ("pin_metrics", { _ in "null" }),
        ]
        members += present(optional)
        return object(members + unknownMembers())
    }

    private mutating func media() -> String {
        var members: [(String, (inout RandomPinJSON) -> String)]
        switch int(0..<3) {
        case 0: members = [("media_type", { _ in "\"image\"" }), ("images", { $0.renditions() })]
        case 1: members = [("media_type", { _ in "\"video\"" }), ("images", { $0.renditions() })] + videoMembers
        default:
            members = [("media_type", { $0.pick(["\"multiple_images\"", "\"multiple_mixed\""]) }), ("items", { generator in
                generator.array((0..<generator.int(0..<4)).map { _ in generator.mediaItem() })
            })]
        }
        return object(present(members) + unknownMembers())
    }

    private var videoMembers: [(String, (inout RandomPinJSON) -> String)] {
        [
            ("cover_image_url", { $0.url(label: "originals") }), ("video_url", { $0.string() }),
            ("duration", { $0.pick(["12345", "12.5", "1.25e3", "-0.0", "0", "3E-2", "0.1", "98765.4321e-1"]) }),
            ("width", { $0.integer() }), ("height", { $0.integer() }),
        ]
    }

    private mutating func mediaItem() -> String {
        let members: [(String, (inout RandomPinJSON) -> String)] = [
            ("item_type", { $0.pick(["\"image\"", "\"video\""]) }), ("title", { $0.string() }),
            ("description", { $0.string() }), ("link", { $0.string() }), ("images", { $0.renditions() }),
        ] + videoMembers
        return object(present(members) + unknownMembers())
    }

    private mutating func renditions() -> String {
        let labels = ["150x150", "400x300", "600x", "1200x", "originals", "größe"].filter { _ in chance(0.6) }
        return object(labels.map { label in
            let details: [(String, (inout RandomPinJSON) -> String)] = [
                ("width", { $0.integer() }), ("height", { $0.integer() }), ("url", { $0.url(label: label) }),
            ]
            return ("\(label)", object(present(details) + unknownMembers()))
        })
    }

    private mutating func url(label: String) -> String {
        pick([
            "\"https://i.pinimg.com/\(label)/0d/f6/f1/0df6f1f0bfe7.jpg\"", "\"https://i.pinimg.com/\(label)/ab/cd/abcd.png\"",
            "\"https://elsewhere.example/picture.jpg\"", "\"https:\\/\\/i.pinimg.com\\/\(label)\\/ee.jpg\"",
        ])
    }

    // MARK: Values

    /// Each member of `members` at random: left out, null, or a value.
    private mutating func present(_ members: [(String, (inout RandomPinJSON) -> String)]) -> [(String, String)] {
        members.compactMap { name, value in
            guard chance(0.6) else { return nil }
            return (name, chance(0.2) ? "null" : value(&self))
        }
    }

    private mutating func string() -> String {
        let pieces = [
            "plain", " words ", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9", "\\u00C9", "\\u0000",
            "\\u001f", "\\uD83D\\uDE00", "\\ud83c\\udf51", "\\u2028", "\\uffff", "😀", "🍑", "東京の旅", "مطبخ عربي", "é", "e\u{301}",
            "\u{7F}", "a_long_piece_of_text_of_more_than_fifteen_bytes", "https://example.com/path?x=1&y=2",
        ]
        return "\"" + (0..<int(0..<5)).map { _ in pick(pieces) }.joined() + "\""
    }

    private mutating func integer() -> String {
        pick(["0", "-0", "1", "150", "600", "1200", "-7", "2147483648", "9223372036854775807", "-9223372036854775808", "\(int(0..<5000))"])
    }

    private mutating func bool() -> String { chance(0.5) ? "true" : "false" }

    /// Members no model knows, holding any JSON.
    private mutating func unknownMembers() -> [(String, String)] {
        (0..<int(0..<3)).map { index in (pick(["extra", "tracking", "ünknown", "with space"]) + "\(index)", anyValue(depth: 0)) }
    }

    private mutating func anyValue(depth: Int) -> String {
        switch int(0..<(depth < 3 ? 7 : 5)) {
        case 0: return string()
        case 1: return pick(["0", "-0", "12", "-1.5", "1e10", "2.5E-3", "-0.0e+0", "123456789012345678901234567890", "1e400"])
        case 2: return pick(["true", "false"])
        case 3: return "null"
        case 4: return pick(["[]", "{}"])
        case 5: return array((0..<int(1..<4)).map { _ in anyValue(depth: depth + 1) })
        default: return object((0..<int(1..<4)).map { ("k\($0)", anyValue(depth: depth + 1)) })
        }
    }

    // MARK: Text

    private mutating func object(_ members: [(String, String)]) -> String {
        var members = members
        shuffle(&members)
        return "{" + members.map { "\(space())\"\($0.0)\"\(space()):\(space())\($0.1)\(space())" }.joined(separator: ",") + space() + "}"
    }

    private mutating func array(_ elements: [String]) -> String {
        "[" + elements.map { "\(space())\($0)\(space())" }.joined(separator: ",") + space() + "]"
    }

    private mutating func space() -> String { pick(["", "", "", " ", "\n", "\t", "\r\n  "]) }

    // MARK: Randomness

    private mutating func next() -> UInt64 {  // SplitMix64
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    private mutating func chance(_ probability: Double) -> Bool { Double(next() % 1000) < probability * 1000 }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[int(0..<choices.count)] }

    private mutating func shuffle<T>(_ elements: inout [T]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) { elements.swapAt(index, int(0..<index + 1)) }
    }
}
