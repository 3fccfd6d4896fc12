import Foundation
import PinterestAPI

/// A new pin's media as the form gives it: URLs are sent as they are, local files are read and
/// sent as base64 when the pin is created.
public enum MediaDraft: Hashable, Sendable {
    case imageURL(String)
    case imageFile(path: String)
    /// A carousel of 2 to 5 image URLs.
    case imageURLs([String])
    /// A carousel of 2 to 5 image files.
    case imageFiles([String])
    /// An uploaded video, with an optional cover image URL.
    case videoID(String, coverImageURL: String?)

    /// The media source to send. Files are read through `read` (injected so tests need no disk; the
    /// app passes `MediaDraft.readFile`) and their content type is detected from their first bytes.
    /// Throws `MediaResolutionError` naming the file when one is missing, unreadable, over
    /// `ImageUploadLimit` or not a JPEG or PNG image; then nothing is sent.
    public func resolve(reading read: (String) async throws -> Data) async throws -> PinMediaSource {
        switch self {
        case .imageURL(let url):
            return .imageURL(.init(url: url))
        case .imageURLs(let urls):
            return .multipleImageURLs(.init(items: urls.map { .init(url: $0) }))
        case .videoID(let mediaID, let cover):
            return .videoID(.init(mediaId: mediaID, coverImageUrl: cover))
        case .imageFile(let path):
            let image = try await Self.encodedImage(at: path, reading: read)
            return .imageBase64(.init(contentType: image.contentType, data: image.data))
        case .imageFiles(let paths):
            var items: [PinMediaSource.ImagesBase64.Item] = []
            for path in paths {
                let image = try await Self.encodedImage(at: path, reading: read)
                items.append(.init(contentType: image.contentType, data: image.data))
            }
            return .multipleImageBase64(.init(items: items))
        }
    }

    /// Reads a file from disk, expanding a leading "~" (`TildeExpansion`); the reader the app gives
    /// `resolve`. A file over `ImageUploadLimit` is refused from its size, before it is read.
    public static func readFile(_ path: String) throws -> Data {
        let expanded = TildeExpansion.expand(path, environment: ProcessInfo.processInfo.environment)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory) else {
            throw MediaResolutionError.fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else {
            throw MediaResolutionError.unreadable(path: path, reason: "it is a directory")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: expanded)
        try ImageUploadLimit.check((attributes?[.size] as? NSNumber)?.intValue ?? 0, path: path)
        guard let data = FileManager.default.contents(atPath: expanded) else {
            throw MediaResolutionError.unreadable(path: path, reason: "permission denied")
        }
        return data
    }

    private static func encodedImage(
        at path: String, reading read: (String) async throws -> Data
    ) async throws -> (contentType: ImageContentType, data: String) {
        let data: Data
        do {
            data = try await read(path)
        } catch let error as MediaResolutionError {
            throw error
        } catch {
            throw MediaResolutionError.unreadable(path: path, reason: String(describing: error))
        }
        try ImageUploadLimit.check(data.count, path: path)
        guard let format = ImageFormat(detectingIn: data) else {
            throw MediaResolutionError.unknownImageType(path: path)
        }
        guard let contentType = format.uploadContentType else {
            throw MediaResolutionError.unsupportedImageType(path: path, format)
        }
        return (contentType, data.base64EncodedString())
    }
}
