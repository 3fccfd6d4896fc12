import PinterestAPI

/// The forms Tack opens, with the API's limits as rules.
extension FormState {
    /// Pinterest's reference gives board names no maximum length (BoardCreate and BoardUpdate have
    /// none, unlike section names' 180), so the form invents none and says so instead of a count.
    public static let boardNameHint = "required · Pinterest documents no length limit"
    /// The longest board description the API takes.
    public static let boardDescriptionLimit = 500
    public static let sectionNameLength = 1...180
    public static let pinTitleLimit = 100
    public static let pinDescriptionLimit = 800
    public static let pinAltTextLimit = 500

    /// The section value meaning "no section: the board itself".
    public static let noSection = FieldValue.reference(id: PickerOption.noSection.id, label: PickerOption.noSection.label)

    public static func createBoard() -> FormState {
        FormState(kind: .createBoard, title: "New board", fields: boardFields(
            name: "", description: "",
            privacy: privacyChoice(options: [.public, .protected, .secret], selected: .public)))
    }

    /// Edits a board's name, description and privacy. Updates accept only public and secret;
    /// a protected board keeps that option so leaving it unchanged is possible.
    public static func editBoard(_ board: Board) -> FormState {
        let current = board.privacy ?? .public
        let options: [BoardPrivacy] = current == .protected ? [.public, .protected, .secret] : [.public, .secret]
        return FormState(kind: .editBoard(boardId: board.id), title: "Edit board \(board.name)", fields: boardFields(
            name: board.name, description: board.description ?? "",
            privacy: privacyChoice(options: options, selected: current)))
    }

    public static func createSection(boardId: String) -> FormState {
        FormState(kind: .createSection(boardId: boardId), title: "New section", fields: [sectionNameField("")])
    }

    public static func renameSection(boardId: String, section: BoardSection) -> FormState {
        FormState(
            kind: .renameSection(boardId: boardId, sectionId: section.id), title: "Rename section \(section.name)",
            fields: [sectionNameField(section.name)])
    }

    /// A new pin on `board`, in `section` when given.
    public static func createPin(board: Board, section: BoardSection?) -> FormState {
        let media = MediaKind.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.label) }
        let fields = pinTextFields(Pin(id: "")) + [
            .text(.dominantColor, "Dominant colour", rules: [.hexColor], hint: "optional, e.g. #6E7874"),
            FormField(id: .mediaKind, label: "Media", value: .choice(options: media, selectedIndex: 0)),
            .text(.mediaSource, "Source", hint: MediaKind.imageURL.hint),
        ]
        let place = section.map { "\(board.name) › \($0.name)" } ?? board.name
        return FormState(kind: .createPin(boardId: board.id, sectionId: section?.id), title: "New pin on \(place)",
                         fields: fields)
    }

    /// Edits a pin's title, description, link and alt text.
    public static func editPin(_ pin: Pin) -> FormState {
        FormState(kind: .editPin(pinId: pin.id), title: "Edit pin", fields: pinTextFields(pin))
    }

    /// The section field's value for several pins that are in different sections of the same
    /// board: each keeps its own until the user picks one (or another board).
    public static let unchangedSection = FieldValue.reference(
        id: "(unchanged)", label: "(unchanged: each pin stays in its section)")

    /// A placeholder for a section whose name is being loaded.
    public static let loadingSectionName = "(the pin's section: loading its name…)"

    /// Moves the pins to a board and optionally a section, starting from where they are.
    public static func movePins(ids: [String], from origin: MoveOrigin) -> FormState {
        let title = ids.count == 1 ? "Move pin" : "Move \(ids.count) pins"
        let fields: [FormField] = switch origin {
        case .unknown:
            destinationFields(board: nil, section: noSection)
        case .place(let board, let sectionId?, let name):
            destinationFields(board: board, section: .reference(id: sectionId, label: name ?? loadingSectionName))
        case .place(let board, nil, _):
            destinationFields(board: board, section: noSection)
        case .boardWithMixedSections(let board):
            destinationFields(board: board, section: unchangedSection)
        }
        return FormState(kind: .movePins(pinIds: ids), title: title, fields: fields)
    }

    /// Saves an existing pin, given by id or URL, into a board or section.
    public static func savePin(reference: String?, board: Board?, section: BoardSection?) -> FormState {
        let reference = FormField.text(
            .pinReference, "Pin", reference ?? "", rules: [.required, .pinReference],
            hint: "a pin id or a pinterest.com/pin/… URL")
        return FormState(
            kind: .savePin(pinId: reference.submittedText.isEmpty ? nil : PinReference.parse(reference.submittedText)),
            title: "Save pin",
            fields: [reference] + destinationFields(board: board, section: section.map { .reference(id: $0.id, label: $0.name) } ?? noSection))
    }

    /// Follows a user, given by username or profile URL.
    public static func followUser() -> FormState {
        FormState(kind: .followUser, title: "Follow a user", fields: [
            .text(.followTarget, "User", rules: [.required, .followTarget],
                  hint: "a username, or a pinterest.com profile URL"),
        ])
    }

    /// The verification methods verify_website/update accepts, the default (a meta tag) first.
    public static let verificationMethods: [WebsiteVerificationMethod] = [.metatag, .dnsTXT, .filename]

    /// Claims a website once its verification code is published there, by the method chosen.
    public static func verifyWebsite(_ website: String = "") -> FormState {
        let methods = verificationMethods.map { ChoiceOption(id: $0.rawValue, label: verificationMethodLabel($0)) }
        return FormState(kind: .verifyWebsite, title: "Verify a website", fields: [
            .text(.website, "Website", website, rules: [.required, .websiteAddress], hint: "e.g. example.com"),
            FormField(id: .verificationMethod, label: "Method", value: .choice(options: methods, selectedIndex: 0)),
        ])
    }

    /// How the verification code was published, as the form names it.
    public static func verificationMethodLabel(_ method: WebsiteVerificationMethod) -> String {
        switch method {
        case .metatag: "Meta tag in the home page"
        case .dnsTXT: "DNS TXT record"
        case .filename: "File on the website"
        default: method.rawValue
        }
    }

    // MARK: - Field sets

    private static func boardFields(name: String, description: String, privacy: FieldValue) -> [FormField] {
        [
            .text(.name, "Name", name, rules: [.required], hint: boardNameHint),
            .text(.description, "Description", description, multiline: true,
                  rules: [.maxLength(boardDescriptionLimit)]),
            FormField(id: .privacy, label: "Privacy", value: privacy),
        ]
    }

    private static func privacyChoice(options: [BoardPrivacy], selected: BoardPrivacy) -> FieldValue {
        let choices = options.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue.capitalized) }
        return .choice(options: choices, selectedIndex: options.firstIndex(of: selected) ?? 0)
    }

    private static func sectionNameField(_ name: String) -> FormField {
        .text(.name, "Name", name, rules: [.lengthRange(sectionNameLength)])
    }

    private static func pinTextFields(_ pin: Pin) -> [FormField] {
        [
            .text(.title, "Title", pin.title ?? "", rules: [.maxLength(pinTitleLimit)]),
            .text(.description, "Description", pin.description ?? "", multiline: true,
                  rules: [.maxLength(pinDescriptionLimit)]),
            .text(.link, "Link", pin.link ?? "", rules: [.url]),
            .text(.altText, "Alt text", pin.altText ?? "", rules: [.maxLength(pinAltTextLimit)]),
        ]
    }

    private static func destinationFields(board: Board?, section: FieldValue) -> [FormField] {
        [
            FormField(id: .board, label: "Board", value: .reference(id: board?.id, label: board?.name ?? ""),
                      rules: [.required]),
            FormField(id: .section, label: "Section", value: section),
        ]
    }
}
