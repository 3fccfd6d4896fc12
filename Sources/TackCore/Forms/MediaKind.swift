/// Where a new pin's image or video comes from, as chosen in the pin form.
public enum MediaKind: String, Hashable, Sendable, CaseIterable {
    case imageURL, imageFile, imageURLs, imageFiles, videoID

    /// How many images a carousel takes.
    public static let carouselSize = 2...5

    public var label: String {
        switch self {
        case .imageURL: "Image URL"
        case .imageFile: "Image file"
        case .imageURLs: "Carousel of image URLs"
        case .imageFiles: "Carousel of image files"
        case .videoID: "Video media id"
        }
    }

    /// The help line under the media source field.
    public var hint: String {
        switch self {
        case .imageURL: "an http or https image URL"
        case .imageFile: "a local JPEG or PNG file, e.g. ~/Pictures/peach.jpg"
        case .imageURLs: "2 to 5 image URLs: separate with spaces"
        case .imageFiles: "2 to 5 JPEG or PNG files, space-separated; quote a path with spaces: \"a b.jpg\" or a\\ b.jpg"
        case .videoID: "an uploaded video's media id, then optionally a cover image URL"
        }
    }

    /// The media source field's rules for this kind.
    var sourceRules: [FieldRule] {
        switch self {
        case .imageURL: [.mediaPresent, .url]
        case .imageFile: [.mediaPresent]
        case .imageURLs: [.mediaPresent, .itemCount(Self.carouselSize), .urlList]
        case .imageFiles: [.mediaPresent, .pathCount(Self.carouselSize)]
        case .videoID: [.mediaPresent, .videoMediaID]
        }
    }

    /// The media draft for the source text, which the kind's rules have accepted.
    func draft(from text: String) -> MediaDraft? {
        let items = FieldRule.items(of: text)
        switch self {
        case .imageURL: return .imageURL(text)
        case .imageFile: return .imageFile(path: text)
        case .imageURLs: return .imageURLs(items)
        case .imageFiles: return (try? ShellWords.split(text).get()).map(MediaDraft.imageFiles)
        case .videoID: return VideoSource(text).map { .videoID($0.mediaID, coverImageURL: $0.coverImageURL) }
        }
    }
}
