import Foundation
import PinterestAPI
import TackCore
import Testing

/// In-memory files for media resolution.
struct FakeFiles {
    var files: [String: Data]

    func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw MediaResolutionError.fileNotFound(path: path) }
        return data
    }
}

struct DiskFailure: Error, CustomStringConvertible {
    var description: String { "input/output error" }
}

private let pngBytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
private let jpegBytes = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46])

@Suite("Media sources: detecting image files")
struct MediaSourceFormatTests {
    @Test(arguments: [
        (pngBytes, ImageFormat.png),
        (jpegBytes, .jpeg),
        (Data("GIF87a....".utf8), .gif),
        (Data("GIF89a....".utf8), .gif),
        (Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), .webp),
        (Data("BM6\u{0}\u{0}\u{0}".utf8), .bmp),
        (Data([0x49, 0x49, 0x2A, 0x00, 0x08]), .tiff),
        (Data([0x4D, 0x4D, 0x00, 0x2A, 0x00]), .tiff),
    ])
    func recognisesEachFormatByItsFirstBytes(data: Data, format: ImageFormat) {
        #expect(ImageFormat(detectingIn: data) == format)
    }

    @Test(arguments: [Data(), Data("hello".utf8), Data([0x89, 0x50, 0x4E]), Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8)])
    func anythingElseIsNotAnImage(data: Data) {
        #expect(ImageFormat(detectingIn: data) == nil)
    }

    @Test func onlyJPEGAndPNGCanBeUploaded() {
        #expect(ImageFormat.png.uploadContentType == .png)
        #expect(ImageFormat.jpeg.uploadContentType == .jpeg)
        for format in [ImageFormat.gif, .webp, .bmp, .tiff] {
            #expect(format.uploadContentType == nil)
        }
    }
}

@Suite("Media sources: resolving a pin's media")
struct MediaSourceResolutionTests {
    let files = FakeFiles(files: [
        "/p/a.png": pngBytes, "/p/b.jpg": jpegBytes, "/p/c.gif": Data("GIF89a..".utf8), "/p/notes.txt": Data("hi".utf8),
    ])

    @Test func urlsAndVideosPassThrough() async throws {
        #expect(try await MediaDraft.imageURL("https://a.com/x.jpg").resolve(reading: files.read)
            == .imageURL(.init(url: "https://a.com/x.jpg")))
        #expect(try await MediaDraft.imageURLs(["https://a.com/1", "https://a.com/2"]).resolve(reading: files.read)
            == .multipleImageURLs(.init(items: [.init(url: "https://a.com/1"), .init(url: "https://a.com/2")])))
        #expect(try await MediaDraft.videoID("77", coverImageURL: "https://a.com/c.jpg").resolve(reading: files.read)
            == .videoID(.init(mediaId: "77", coverImageUrl: "https://a.com/c.jpg")))
    }

    @Test func aFileIsSentAsBase64WithItsDetectedContentType() async throws {
        let source = try await MediaDraft.imageFile(path: "/p/a.png").resolve(reading: files.read)
        #expect(source == .imageBase64(.init(contentType: .png, data: pngBytes.base64EncodedString())))
        let jpeg = try await MediaDraft.imageFile(path: "/p/b.jpg").resolve(reading: files.read)
        #expect(jpeg == .imageBase64(.init(contentType: .jpeg, data: jpegBytes.base64EncodedString())))
    }

    @Test func severalFilesMakeABase64Carousel() async throws {
        let source = try await MediaDraft.imageFiles(["/p/b.jpg", "/p/a.png"]).resolve(reading: files.read)
        #expect(source == .multipleImageBase64(.init(items: [
            .init(contentType: .jpeg, data: jpegBytes.base64EncodedString()),
            .init(contentType: .png, data: pngBytes.base64EncodedString()),
        ])))
    }

    @Test func aMissingFileIsNamed() async {
        await #expect(throws: MediaResolutionError.fileNotFound(path: "/p/gone.png")) {
            try await MediaDraft.imageFiles(["/p/a.png", "/p/gone.png"]).resolve(reading: files.read)
        }
        #expect(MediaResolutionError.fileNotFound(path: "/p/gone.png").description == "/p/gone.png: no such file")
    }

    @Test func aReadFailureIsNamedWithItsReason() async {
        let error = MediaResolutionError.unreadable(path: "/p/a.png", reason: "input/output error")
        await #expect(throws: error) {
            try await MediaDraft.imageFile(path: "/p/a.png").resolve(reading: { _ in throw DiskFailure() })
        }
        #expect(error.description == "/p/a.png cannot be read: input/output error")
    }

    @Test func aFileThatIsNotAnImageIsRefused() async {
        await #expect(throws: MediaResolutionError.unknownImageType(path: "/p/notes.txt")) {
            try await MediaDraft.imageFile(path: "/p/notes.txt").resolve(reading: files.read)
        }
    }

    @Test func anImageTheAPIDoesNotTakeIsRefusedByName() async {
        let error = MediaResolutionError.unsupportedImageType(path: "/p/c.gif", .gif)
        await #expect(throws: error) {
            try await MediaDraft.imageFile(path: "/p/c.gif").resolve(reading: files.read)
        }
        #expect(error.description == "/p/c.gif is a GIF image: Pinterest takes JPEG or PNG files")
    }

    @Test func aDraftBecomesThePinCreateBody() async throws {
        let draft = PinDraft(boardId: "100", boardSectionId: "110", title: "Peach", media: .imageFile(path: "/p/a.png"))
        let body = try await draft.pinCreate(reading: files.read)
        #expect(body == PinCreate(
            boardId: "100", boardSectionId: "110", title: "Peach",
            mediaSource: .imageBase64(.init(contentType: .png, data: pngBytes.base64EncodedString()))))
    }

    @Test func readFileReadsFromDiskAndNamesProblems() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-media-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.png").path
        try pngBytes.write(to: URL(fileURLWithPath: file))
        #expect(try MediaDraft.readFile(file) == pngBytes)
        #expect(throws: MediaResolutionError.fileNotFound(path: directory.path + "/none.png")) {
            try MediaDraft.readFile(directory.path + "/none.png")
        }
        #expect(throws: MediaResolutionError.unreadable(path: directory.path, reason: "it is a directory")) {
            try MediaDraft.readFile(directory.path)
        }
    }
}
