import ArgumentParser
import Foundation
import PinterestAPI
import TackCore

/// `tack pins …`: pins (PinsApi), the account's own or a board's.
struct PinsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pins", abstract: "List, show, create, change, move, save and delete pins.",
        discussion: ScriptHelp.exitStatuses,
        subcommands: [List.self, Get.self, Create.self, Update.self, Move.self, Save.self, Delete.self])

    /// Where a pin goes: a board, and optionally one of its sections.
    struct Destination: ParsableArguments {
        @Option(name: .customLong("board"), help: ArgumentHelp("The board's id.", valueName: "id"))
        var boardId: String

        @Option(name: .customLong("section"), help: ArgumentHelp("A section of the board (default: the board itself).", valueName: "id"))
        var sectionId: String?

        func validate() throws {
            try FormLimits.checkID(boardId, "--board")
            if let sectionId { try FormLimits.checkID(sectionId, "--section") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the pins of a board or section, or the account's own pins without --board (boards/list_pins, board_sections/list_pins, pins/list).")

        @Option(name: .customLong("board"), help: ArgumentHelp("List this board's pins (with those in its sections).", valueName: "id"))
        var boardId: String?

        @Option(name: .customLong("section"), help: ArgumentHelp("Only this section's pins (needs --board).", valueName: "id"))
        var sectionId: String?

        @Option(name: .customLong("creative-type"), help: "Only pins of this creative type (repeatable; not with --section).")
        var creativeTypes: [CreativeType] = []

        @Flag(name: .customLong("pin-metrics"), help: "Include 90-day and lifetime metrics (not with --section).")
        var pinMetrics = false

        @Option(name: .customLong("pin-filter"), help: "The account's pins only: leave some out.")
        var pinFilter: PinFilter?

        @Flag(name: .customLong("include-protected-pins"), help: "The account's pins only: include protected pins.")
        var includeProtectedPins = false

        @Option(name: .customLong("pin-type"), help: "The account's pins only: only pins of this type.")
        var pinType: PinType?

        @OptionGroup var paging: PageOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws {
            if let boardId { try FormLimits.checkID(boardId, "--board") }
            if let sectionId {
                try FormLimits.checkID(sectionId, "--section")
                guard boardId != nil else { throw ValidationError("--section needs --board: the section's board.") }
                if !creativeTypes.isEmpty || pinMetrics {
                    throw ValidationError("--creative-type and --pin-metrics do not apply to a section's pins.")
                }
            }
            if boardId != nil, pinFilter != nil || includeProtectedPins || pinType != nil {
                throw ValidationError("--pin-filter, --include-protected-pins and --pin-type apply only to the account's pins (without --board).")
            }
        }

        func run() async throws {
            let types = creativeTypes.isEmpty ? nil : creativeTypes
            let metrics = pinMetrics ? true : nil
            try await ScriptRun.run(connection) { api in
                let ad = api.adAccount?.id
                let output = CommandOutput(output)
                switch (boardId, sectionId) {
                case (let board?, let section?):
                    try await output.list(.boardSectionsListPins, paging: paging) { bookmark, size in
                        try await api.client.boardSectionsListPins(
                            boardId: board, sectionId: section, bookmark: bookmark, pageSize: size, adAccountId: ad)
                    }
                case (let board?, nil):
                    try await output.list(.boardsListPins, paging: paging) { bookmark, size in
                        try await api.client.boardsListPins(
                            boardId: board, bookmark: bookmark, pageSize: size, creativeTypes: types, pinMetrics: metrics,
                            adAccountId: ad)
                    }
                case (nil, _):
                    let (filter, protected, type) = (pinFilter, includeProtectedPins ? true : nil, pinType)
                    try await output.list(.pinsList, paging: paging) { bookmark, size in
                        try await api.client.pinsList(
                            bookmark: bookmark, pageSize: size, pinFilter: filter, includeProtectedPins: protected,
                            pinType: type, creativeTypes: types, adAccountId: ad, pinMetrics: metrics)
                    }
                }
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a pin (pins/get).")

        @Argument(help: "The pin's id.")
        var pinId: String

        @Flag(name: .customLong("pin-metrics"), help: "Include 90-day and lifetime metrics.")
        var pinMetrics = false

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(pinId, "The pin id") }

        func run() async throws {
            try await ScriptRun.run(connection) { api in
                try CommandOutput(output).show(try await api.client.pinsGet(
                    pinId: pinId, pinMetrics: pinMetrics ? true : nil, adAccountId: api.adAccount?.id))
            }
        }
    }

    /// The text fields pins/create and pins/update share, with the UI's limits in their help.
    struct TextFields: ParsableArguments {
        @Option(help: "The title: at most \(FormState.pinTitleLimit) characters.")
        var title: String?

        @Option(help: "The description: at most \(FormState.pinDescriptionLimit) characters.")
        var description: String?

        @Option(help: "The link: an http or https URL of at most \(FieldRule.maxURLLength) characters.")
        var link: String?

        @Option(name: .customLong("alt-text"), help: "The image's text alternative: at most \(FormState.pinAltTextLimit) characters.")
        var altText: String?

        /// The fields, checked as the pin form checks them.
        func check(title: String?, description: String?, link: String?, altText: String?, in form: FormState) -> FormLimits {
            var limits = FormLimits(form)
            limits.set(.title, title, as: "--title")
            limits.set(.description, description, as: "--description")
            limits.set(.link, link, as: "--link")
            limits.set(.altText, altText, as: "--alt-text")
            return limits
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a pin from an image or video (pins/create).",
            discussion: """
                Give the media with --image-url (twice to five times for a carousel), --image-file (likewise), or \
                --video-id; or in --from as media_source. A pin's own JSON (`tack pins get ID --json`) also works with \
                --from: without media_source, its largest image is used.
                """)

        @Option(name: .customLong("board"), help: ArgumentHelp("The board's id (required, here or in --from).", valueName: "id"))
        var boardId: String?

        @Option(name: .customLong("section"), help: ArgumentHelp("A section of the board.", valueName: "id"))
        var sectionId: String?

        @OptionGroup var text: TextFields

        @Option(name: .customLong("dominant-color"), help: "The colour shown while the image loads, e.g. #6E7874.")
        var dominantColor: String?

        @Option(name: .customLong("image-url"), help: "An image's http or https URL (2 to 5 for a carousel).")
        var imageURLs: [String] = []

        @Option(name: .customLong("image-file"), help: "A JPEG or PNG file, sent as base64 (2 to 5 for a carousel).")
        var imageFiles: [String] = []

        @Option(name: .customLong("video-id"), help: "An uploaded video's media id.")
        var videoId: String?

        @Option(name: .customLong("cover-image-url"), help: "With --video-id: the cover image's URL.")
        var coverImageURL: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws {
            let kinds = [!imageURLs.isEmpty, !imageFiles.isEmpty, videoId != nil].filter { $0 }.count
            if kinds > 1 { throw ValidationError("Give one kind of media: --image-url, --image-file or --video-id.") }
            if coverImageURL != nil && videoId == nil { throw ValidationError("--cover-image-url goes with --video-id.") }
            if let boardId { try FormLimits.checkID(boardId, "--board") }
            if let sectionId { try FormLimits.checkID(sectionId, "--section") }
        }

        func run() async throws {
            var pin = try write.body(PinCreate.self) ?? PinCreate()
            if let boardId {
                // A section read from --from belongs to the board it names, not to this one.
                pin.boardSectionId = pin.boardId == boardId ? pin.boardSectionId : nil
                pin.boardId = boardId
            }
            pin.boardSectionId = sectionId ?? pin.boardSectionId
            pin.title = text.title ?? pin.title
            pin.description = text.description ?? pin.description
            pin.link = text.link ?? pin.link
            pin.altText = text.altText ?? pin.altText
            pin.dominantColor = dominantColor ?? pin.dominantColor
            guard let board = pin.boardId, NumericID.matches(board) else {
                throw ValidationError("--board is required: the id of the board to pin to.")
            }
            var limits = text.check(
                title: pin.title, description: pin.description, link: pin.link, altText: pin.altText,
                in: .createPin(board: Board(id: board, name: ""), section: nil))
            limits.set(.dominantColor, pin.dominantColor, as: "--dominant-color")
            if let (kind, source) = mediaText {
                limits.choose(.mediaKind, kind.rawValue)
                limits.set(.mediaSource, source, as: kind == .videoID ? "--video-id" : "--image-url")
            }
            try limits.check()
            if let media = try await mediaSource() {
                pin.mediaSource = media
            } else if pin.mediaSource == nil {
                pin.mediaSource = try write.imageOfPin()
            }
            guard pin.mediaSource != nil else {
                throw ValidationError("No media: give --image-url, --image-file or --video-id (or media_source in --from).")
            }
            let body = pin
            try await ScriptRun.run(connection, dryRun: write.dryRun) { api in
                try CommandOutput(output).show(try await api.client.pinsCreate(body, adAccountId: api.adAccount?.id))
            }
        }

        /// The media options as the pin form's media kind and source text, for its rules.
        private var mediaText: (MediaKind, String)? {
            if let videoId { return (.videoID, ([videoId] + [coverImageURL].compactMap { $0 }).joined(separator: " ")) }
            switch imageURLs.count {
            case 0: return nil
            case 1: return (.imageURL, imageURLs[0])
            default: return (.imageURLs, imageURLs.joined(separator: " "))
            }
        }

        /// The media the options give, files read and checked as the UI reads them.
        private func mediaSource() async throws -> PinMediaSource? {
            let draft: MediaDraft? = if let videoId {
                .videoID(videoId, coverImageURL: coverImageURL)
            } else if !imageURLs.isEmpty {
                imageURLs.count == 1 ? .imageURL(imageURLs[0]) : .imageURLs(imageURLs)
            } else if !imageFiles.isEmpty {
                imageFiles.count == 1 ? .imageFile(path: imageFiles[0]) : .imageFiles(imageFiles)
            } else {
                nil
            }
            if let count = [imageURLs.count, imageFiles.count].first(where: { $0 > 1 }), !MediaKind.carouselSize.contains(count) {
                throw ValidationError("A carousel takes \(MediaKind.carouselSize.lowerBound) to \(MediaKind.carouselSize.upperBound) images, not \(count).")
            }
            do {
                return try await draft?.resolve(reading: MediaDraft.readFile)
            } catch let error as MediaResolutionError {
                throw ValidationError("\(error)")
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a pin's title, description, link or alt text (pins/update).")

        @Argument(help: "The pin's id.")
        var pinId: String

        @OptionGroup var text: TextFields

        @OptionGroup var write: WriteOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(pinId, "The pin id") }

        func run() async throws {
            var update = try write.body(PinUpdate.self) ?? PinUpdate()
            update.title = text.title ?? update.title
            update.description = text.description ?? update.description
            update.link = text.link ?? update.link
            update.altText = text.altText ?? update.altText
            guard update != PinUpdate() else {
                throw ValidationError("Nothing to change: give --title, --description, --link, --alt-text or --from.")
            }
            try text.check(
                title: update.title, description: update.description, link: update.link, altText: update.altText,
                in: .editPin(Pin(id: pinId))
            ).check()
            try await ScriptRun.run(connection, dryRun: write.dryRun) { api in
                try CommandOutput(output).show(try await api.client.pinsUpdate(pinId: pinId, update, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a pin to another board or section (pins/update with board_id and board_section_id).")

        @Argument(help: "The pin's id.")
        var pinId: String

        @OptionGroup var destination: Destination

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(pinId, "The pin id") }

        func run() async throws {
            // An empty section id is sent as null: the pin leaves its section for the board itself.
            let move = PinUpdate(boardId: destination.boardId, boardSectionId: destination.sectionId ?? "")
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try CommandOutput(output).show(try await api.client.pinsUpdate(pinId: pinId, move, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Save: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a pin to a board or section (pins/save).")

        @Argument(help: "The pin's id.")
        var pinId: String

        @OptionGroup var destination: Destination

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var output: OutputOptions
        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(pinId, "The pin id") }

        func run() async throws {
            let save = PinSave(boardId: destination.boardId, boardSectionId: destination.sectionId)
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try CommandOutput(output).show(try await api.client.pinsSave(pinId: pinId, save, adAccountId: api.adAccount?.id))
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a pin (pins/delete).")

        @Argument(help: "The pin's id.")
        var pinId: String

        @Flag(name: .customLong("dry-run"), help: "Print the request instead of sending it.")
        var dryRun = false

        @OptionGroup var connection: ConnectionOptions

        func validate() throws { try FormLimits.checkID(pinId, "The pin id") }

        func run() async throws {
            try await ScriptRun.run(connection, dryRun: dryRun) { api in
                try await api.client.pinsDelete(pinId: pinId, adAccountId: api.adAccount?.id)
            }
        }
    }
}

extension WriteOptions {
    /// For `--from` holding a pin's own JSON (no media_source): its largest image, as an image URL source.
    func imageOfPin() throws -> PinMediaSource? {
        struct PinImages: Decodable { var media: PinMedia? }
        guard let data = try input(), let media = try? PinterestJSON.makeDecoder().decode(PinImages.self, from: data).media
        else { return nil }
        let sizes = media.imageSizes.filter { $0.url != nil }
        let largest = sizes.filter { $0.width != nil }.max { ($0.width ?? 0) < ($1.width ?? 0) } ?? sizes.first
        return largest?.url.map { .imageURL(.init(url: $0)) }
    }
}
