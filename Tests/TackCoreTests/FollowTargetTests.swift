import TackCore
import Testing

/// What the "Follow a user" form accepts: a username or a Pinterest profile address, and a specific
/// refusal for everything else.
@Suite("Follow target")
struct FollowTargetTests {
    @Test(arguments: [
        // Usernames as typed.
        ("mika_bakes", "mika_bakes"), ("@mika_bakes", "mika_bakes"), ("  mika_bakes \n", "mika_bakes"),
        (" @Mika_Bakes\t", "Mika_Bakes"), ("abc", "abc"), ("a23", "a23"), ("_x_", "_x_"),
        // Profile addresses, with or without scheme, www, trailing slash, query or fragment.
        ("pinterest.com/mika_bakes", "mika_bakes"), ("www.pinterest.com/mika_bakes/", "mika_bakes"),
        ("https://www.pinterest.com/mika_bakes/", "mika_bakes"), ("http://pinterest.com/mika_bakes", "mika_bakes"),
        ("HTTPS://WWW.PINTEREST.COM/Mika_Bakes/", "Mika_Bakes"),
        ("https://www.pinterest.com/mika_bakes/?invite_code=abc&sender=1", "mika_bakes"),
        ("pinterest.com/mika_bakes#boards", "mika_bakes"), ("pinterest.com/mika_bakes?x=1#y", "mika_bakes"),
        ("https://www.pinterest.com//mika_bakes//", "mika_bakes"), ("pinterest.com/mika%5Fbakes", "mika_bakes"),
        ("  https://pinterest.com/mika_bakes  ", "mika_bakes"), ("https://pinterest.com.:443/mika_bakes", "mika_bakes"),
        // Country domains and country subdomains.
        ("pinterest.co.uk/mika_bakes", "mika_bakes"), ("https://www.pinterest.de/mika_bakes/", "mika_bakes"),
        ("pinterest.com.au/mika_bakes", "mika_bakes"), ("https://br.pinterest.com/mika_bakes/", "mika_bakes"),
        ("fr.pinterest.ca/mika_bakes", "mika_bakes"), ("pinterest.co.kr/mika_bakes", "mika_bakes"),
        ("m.pinterest.com/mika_bakes", "mika_bakes"), ("pinterest.jp/mika_bakes", "mika_bakes"),
        // A profile's tabs are the profile.
        ("pinterest.com/mika_bakes/_saved/", "mika_bakes"), ("https://pinterest.com/mika_bakes/_created", "mika_bakes"),
        ("pinterest.com/mika_bakes/followers/", "mika_bakes"), ("pinterest.com/mika_bakes/pins", "mika_bakes"),
    ])
    func acceptsAUsernameOrAProfileAddress(input: String, username: String) {
        #expect(FollowTarget.username(from: input) == .success(username))
    }

    @Test(arguments: ["", "   ", "\n\t", "@", " @ "])
    func refusesNothing(input: String) {
        #expect(FollowTarget.username(from: input) == .failure(.empty))
    }

    @Test(arguments: [
        ("mika bakes", " "), ("jules.design", "."), ("mika-bakes", "-"), ("mika_bakes/", "/"), ("josé", "é"),
        ("@@mika", "@"), ("mika\u{200B}bakes", "\u{200B}"), ("mi\tka", "\t"), ("mika!", "!"),
        ("pinterest.com/mika.bakes", "."), ("pinterest.com/mika%20bakes", " "), ("javascript:alert(1)", ":"),
        ("ｍｉｋａ", "ｍ"), ("e\u{301}mile", "e\u{301}"),
    ] as [(String, Character)])
    func refusesCharactersNoUsernameHas(input: String, character: Character) {
        #expect(FollowTarget.username(from: input) == .failure(.invalidCharacter(character)))
    }

    @Test(arguments: [("ab", 2), ("@a", 1), (String(repeating: "a", count: 31), 31), ("pinterest.com/ab/", 2)])
    func refusesAUsernameOfTheWrongLength(input: String, count: Int) {
        #expect(FollowTarget.username(from: input) == .failure(.wrongLength(count)))
    }

    @Test func theLongestUsernameIsAccepted() {
        let name = String(repeating: "a", count: 30)
        #expect(FollowTarget.username(from: name) == .success(name))
    }

    @Test(arguments: ["123", "4815162342", "@549755885175", "pinterest.com/12345/"])
    func refusesAnId(input: String) {
        #expect(FollowTarget.username(from: input) == .failure(.allDigits))
    }

    @Test(arguments: [
        ("https://example.com/mika_bakes", "example.com"), ("example.com/mika_bakes", "example.com"),
        ("https://notpinterest.com/mika_bakes", "notpinterest.com"),
        ("https://pinterest.com.evil.io/mika_bakes", "pinterest.com.evil.io"),
        ("https://pinterest.evil.com/mika_bakes", "pinterest.evil.com"),
        ("https://www.pinterest.example/mika_bakes", "www.pinterest.example"),
        ("https://evil.www.pinterest.com/mika_bakes", "evil.www.pinterest.com"),
        ("https://instagram.com/mika_bakes", "instagram.com"), ("jules.design/", "jules.design"),
        ("https:///mika_bakes", ""),
    ])
    func refusesAnAddressOnAnotherHost(input: String, host: String) {
        #expect(FollowTarget.username(from: input) == .failure(.notPinterest(host: host)))
    }

    @Test func refusesAnAddressThatIsNotOnTheWeb() {
        #expect(FollowTarget.username(from: "ftp://pinterest.com/mika_bakes") == .failure(.notWebAddress(scheme: "ftp")))
        #expect(FollowTarget.username(from: "FILE:///mika_bakes") == .failure(.notWebAddress(scheme: "file")))
    }

    @Test(arguments: ["https://pin.it/3xAmpLe", "pin.it/3xAmpLe", "PIN.IT/abc", "http://www.pin.it/abc/", "pin.it"])
    func refusesAShortLink(input: String) {
        #expect(FollowTarget.username(from: input) == .failure(.shortLink))
    }

    @Test(arguments: [
        ("https://www.pinterest.com/pin/1234567890/", "a pin"), ("pinterest.co.uk/pin/123", "a pin"),
        ("https://www.pinterest.com/search/pins/?q=peach", "a search"), ("pinterest.com/ideas/recipes/9/", "an ideas page"),
        ("pinterest.com/today/", "the Today page"), ("pinterest.com/settings", "a Pinterest page"),
        ("pinterest.com/_/_/mika_bakes", "a Pinterest page"), ("https://www.pinterest.com/", "Pinterest's home page"),
        ("pinterest.com", "Pinterest's home page"), ("www.pinterest.de?x=1", "Pinterest's home page"),
        ("PINTEREST.COM/PIN/1", "a pin"),
    ])
    func refusesAPinterestAddressThatIsNotAProfile(input: String, page: String) {
        #expect(FollowTarget.username(from: input) == .failure(.notProfile(page: page)))
    }

    @Test(arguments: [
        "https://www.pinterest.com/mika_bakes/summer-recipes/", "pinterest.com/mika_bakes/summer-recipes",
        "pinterest.de/mika_bakes/summer-recipes/salads/", "pinterest.com/mika_bakes/summer-recipes?x=1",
    ])
    func refusesABoardNamingItsOwner(input: String) {
        #expect(FollowTarget.username(from: input) == .failure(.board(owner: "mika_bakes")))
    }

    @Test func aBoardOfAnOwnerNoUsernameHasIsRefusedForTheOwner() {
        #expect(FollowTarget.username(from: "pinterest.com/mi.ka/summer/") == .failure(.invalidCharacter(".")))
    }

    @Test(arguments: [
        (FollowTargetProblem.empty,
         "Nothing to follow yet: type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes."),
        (.invalidCharacter("."), "A username has only letters, digits and underscores, not \".\"."),
        (.invalidCharacter(" "), "A username has only letters, digits and underscores, not spaces."),
        (.invalidCharacter("\t"), "A username has only letters, digits and underscores, not U+0009."),
        (.invalidCharacter("\u{200B}"), "A username has only letters, digits and underscores, not U+200B."),
        (.invalidCharacter("\u{1B}"), "A username has only letters, digits and underscores, not U+001B."),
        (.wrongLength(31), "A username has 3 to 30 characters, not 31."),
        (.allDigits,
         "That is a number, not a username: type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes."),
        (.notWebAddress(scheme: "ftp"),
         "ftp: addresses are not Pinterest profiles: type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes."),
        (.notPinterest(host: "example.com"),
         "example.com is not Pinterest: type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes."),
        (.notPinterest(host: ""),
         "That address is not Pinterest: type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes."),
        (.shortLink,
         "Tack cannot open pin.it short links: open it in a browser and paste the profile address it leads to."),
        (.notProfile(page: "a pin"),
         "That is a pin, not a profile: type a username, like mika_bakes, or a profile address, like pinterest.com/mika_bakes."),
        (.board(owner: "mika_bakes"), "That is a board, not a profile: to follow its owner, type mika_bakes."),
    ])
    func eachProblemSaysWhatToDo(problem: FollowTargetProblem, message: String) {
        #expect(problem.message == message)
    }

    /// Whatever is typed, the answer is a valid username or a problem; never a crash, never a name with
    /// a character a username cannot have.
    @Test func everyShortInputIsAnsweredWithAValidUsernameOrAProblem() {
        let pieces = ["a", "Z", "9", "_", "@", ".", "/", ":", "?", "#", " ", "%", "é", "pinterest.com", "pin.it", "https://", "www."]
        var inputs = [""]
        for _ in 0..<3 { inputs = inputs.flatMap { input in pieces.map { input + $0 } } }
        for input in inputs {
            if case .success(let name) = FollowTarget.username(from: input) {
                #expect(FollowTarget.lengths.contains(name.count) && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) },
                        "\(input) gave \(name)")
            }
        }
    }
}
