import Foundation
import PinterestAPI
import TackCore
import Testing

@Suite("Media paths: quoting in a carousel of files")
struct MediaCarouselQuotingTests {
    private func carouselForm(_ source: String) -> FormState {
        var form = FormState.createPin(board: FormFixture.board, section: nil)
        form.selectChoice(at: MediaKind.allCases.firstIndex(of: .imageFiles)!, in: .mediaKind)
        form.type(source, into: .mediaSource)
        return form
    }

    @Test(arguments: [
        (#""my peach.jpg" b.png"#, ["my peach.jpg", "b.png"]),
        ("'my peach.jpg' b.png", ["my peach.jpg", "b.png"]),
        (#"my\ peach.jpg b.png"#, ["my peach.jpg", "b.png"]),
        (#"~/"Summer photos"/a.jpg   ~/b.jpg"#, ["~/Summer photos/a.jpg", "~/b.jpg"]),
        (#"'it''s' "say \"hi\".png""#, ["its", #"say "hi".png"#]),
        (#"'back\slash.png' "c:\dir.png""#, [#"back\slash.png"#, #"c:\dir.png"#]),
    ])
    func pathsAreSplitLikeAShellsWords(source: String, paths: [String]) {
        let form = carouselForm(source)
        #expect(form.errors[.mediaSource] == nil)
        #expect(form.writeRequest() == .createPin(PinDraft(boardId: "100", media: .imageFiles(paths))))
    }

    @Test func anUnclosedQuoteIsAnErrorInTheField() {
        let double = carouselForm(#""my peach.jpg b.png"#)
        #expect(double.errors[.mediaSource] == "Source: a \" quote is not closed")
        #expect(double.writeRequest() == nil)
        #expect(carouselForm("a.png 'b.png").errors[.mediaSource] == "Source: a ' quote is not closed")
    }

    @Test func aQuotedPathWithSpacesCountsAsOneFile() {
        #expect(carouselForm(#""one two three.jpg""#).errors[.mediaSource] == "Source has 1 file: give 2 to 5")
        #expect(carouselForm("a b c d e f").errors[.mediaSource] == "Source has 6 files: give 2 to 5")
    }

    @Test func theHintShowsHowToQuote() {
        let form = carouselForm("")
        let hint = form[.mediaSource]?.hint ?? ""
        #expect(hint.contains(#""a b.jpg""#) && hint.contains(#"a\ b.jpg"#), "hint: \(hint)")
    }
}

@Suite("Media paths: ~ expansion")
struct TildeExpansionTests {
    /// A password database with one current user and one other user.
    private func passwordHome(_ user: String?) -> String? {
        switch user {
        case nil: "/home/from-passwd"
        case "ana"?: "/home/ana"
        default: nil
        }
    }

    private func expand(_ path: String, _ environment: [String: String]) -> String {
        TildeExpansion.expand(path, environment: environment, passwordHome: passwordHome)
    }

    @Test func homeComesFromTheEnvironment() {
        #expect(expand("~/Pictures/a.jpg", ["HOME": "/tmp/elsewhere"]) == "/tmp/elsewhere/Pictures/a.jpg")
        #expect(expand("~", ["HOME": "/tmp/elsewhere"]) == "/tmp/elsewhere")
        #expect(expand("~/a.jpg", ["HOME": "/"]) == "/a.jpg")
    }

    @Test func thePasswordDatabaseIsTheFallbackWhenHomeIsUnsetOrEmpty() {
        #expect(expand("~/a.jpg", [:]) == "/home/from-passwd/a.jpg")
        #expect(expand("~/a.jpg", ["HOME": ""]) == "/home/from-passwd/a.jpg")
    }

    @Test func anotherUsersHomeComesFromTheirEntry() {
        #expect(expand("~ana/a.jpg", ["HOME": "/tmp/me"]) == "/home/ana/a.jpg")
        #expect(expand("~nobody-here/a.jpg", ["HOME": "/tmp/me"]) == "~nobody-here/a.jpg", "no entry: as typed")
    }

    @Test func onlyALeadingTildeIsExpanded() {
        #expect(expand("/p/~/a.jpg", ["HOME": "/tmp/me"]) == "/p/~/a.jpg")
        #expect(expand("a~.jpg", ["HOME": "/tmp/me"]) == "a~.jpg")
    }

    @Test func theRealReaderUsesHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tack-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(TildeExpansion.expand("~/x.png", environment: ["HOME": home.path]) == home.path + "/x.png")
    }
}

@Suite("Media paths: the image size limit")
struct ImageUploadLimitTests {
    private static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    @Test func theLimitIsPinterests20MB() {
        #expect(ImageUploadLimit.byteCount == 20 * 1024 * 1024)
        #expect(ImageUploadLimit.describe(ImageUploadLimit.byteCount) == "20 MB")
        #expect(ImageUploadLimit.describe(ImageUploadLimit.byteCount + 1) == "20.1 MB")
        #expect(ImageUploadLimit.describe(24_536_678) == "23.4 MB")
    }

    @Test func anImageOverTheLimitIsRefusedBeforeItIsSent() async {
        let big = Self.png + Data(count: ImageUploadLimit.byteCount)
        let error = MediaResolutionError.tooLarge(
            path: "/p/big.png", byteCount: big.count, limit: ImageUploadLimit.byteCount)
        await #expect(throws: error) {
            try await MediaDraft.imageFiles(["/p/a.png", "/p/big.png"]).resolve(reading: { path in
                path == "/p/big.png" ? big : Self.png
            })
        }
        #expect(error.description == "/p/big.png is 20.1 MB: Pinterest takes image files up to 20 MB; "
            + "make it smaller, or give its URL")
    }

    @Test func anImageAtTheLimitPasses() async throws {
        let atLimit = Self.png + Data(count: ImageUploadLimit.byteCount - Self.png.count)
        _ = try await MediaDraft.imageFile(path: "/p/a.png").resolve(reading: { _ in atLimit })
    }

    @Test func theDiskReaderRefusesABigFileFromItsSize() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.png").path
        #expect(FileManager.default.createFile(atPath: path, contents: Self.png))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ImageUploadLimit.byteCount + 1))    // sparse: nothing is written
        try handle.close()
        #expect(throws: MediaResolutionError.tooLarge(
            path: path, byteCount: ImageUploadLimit.byteCount + 1, limit: ImageUploadLimit.byteCount)) {
            try MediaDraft.readFile(path)
        }
    }

    @Test func aRefusedFileIsNotOfferedARetry() {
        let failure = APIFailure(MediaResolutionError.tooLarge(path: "a.png", byteCount: 1, limit: 0))
        #expect(failure.isRetryable == false)
        #expect(failure.userMessage.hasPrefix("a.png is"))
    }
}
