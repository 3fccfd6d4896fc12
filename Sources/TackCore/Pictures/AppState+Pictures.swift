import PinterestAPI
import TerminalCanvas

/// The pictures on view (the detail pane's pin, the pin view's, the gallery's tiles), loaded in the
/// background: after every action the reducer starts the loads of the pictures on view that are
/// neither kept nor loading, and cancels the loads of those no longer on view.
extension AppState {
    /// Where the detail pane's picture and fields go, inside its border; the picture is nil when the
    /// subject has none (not a pin, no image, pictures off) or there is no room.
    public var detailAreas: (picture: Rect?, fields: Rect)? {
        guard screen != .analytics, let rect = layout?.detail else { return nil }
        let text = DetailLayout.textArea(ofPane: rect)
        guard case .pin(let pin) = detailSubject, showsPicture(of: pin) else { return (nil, text) }
        return PictureLayout.split(text)
    }

    /// Where the pin view's picture and fields go inside its box.
    public var pinViewAreas: (picture: Rect?, fields: Rect)? {
        guard let layout else { return nil }
        let text = ScreenLayout.pinViewTextArea(ofBox: layout.body)
        guard let pin = pinViewPin, showsPicture(of: pin) else { return (nil, text) }
        return PictureLayout.split(text)
    }

    /// Whether a picture of `pin` is drawn: pictures are not off and the pin has an image.
    func showsPicture(of pin: Pin) -> Bool {
        pictureRenderer != .off && pin.pictureRenditions != nil
    }

    /// What stands in `box` for `pin`'s picture: the picture once loaded, the reason it failed, the
    /// framed size and colour without colour or UTF-8, else (loading) the pin's dominant colour.
    public func pictureSlot(for pin: Pin, box: Size, isThumbnail: Bool = false) -> PictureSlot {
        if pictureRenderer == .framed {
            return .framed(size: pin.pictureSizeText, color: pin.dominantColor)
        }
        switch pictures[PictureKey(pinId: pin.id, box: box, isThumbnail: isThumbnail)] {
        case .loaded(let image): return .picture(image)
        case .failed(let reason): return .failed(reason)
        case nil: return .loading(pin.dominantColor.flatMap(DetailFormat.color(fromHex:)))
        }
    }

    /// The pictures on view, each fitted to its box: the pin view's over everything else, else the
    /// detail pane's and the gallery's tiles.
    var picturesOnView: [PictureRequest] {
        guard pictureRenderer.loadsPictures else { return [] }
        if pinView != nil {
            guard let pin = pinViewPin, let box = pinViewAreas?.picture else { return [] }
            return [request(for: pin, box: box.size)].compactMap(\.self)
        }
        var requests: [PictureRequest?] = []
        if case .pin(let pin) = detailSubject, let box = detailAreas?.picture { requests.append(request(for: pin, box: box.size)) }
        if let gallery = galleryOnView {
            requests += gallery.pins.map { request(for: $0, box: gallery.layout.pictureBox, isThumbnail: true) }
        }
        return requests.compactMap(\.self)
    }

    private func request(for pin: Pin, box: Size, isThumbnail: Bool = false) -> PictureRequest? {
        guard let media = pin.media, pin.pictureRenditions != nil, box.width > 0, box.height > 0 else { return nil }
        return PictureRequest(pinId: pin.id, media: media, box: box, renderer: pictureRenderer, isThumbnail: isThumbnail)
    }

    /// Starts the loads of the pictures on view that are neither kept nor loading, cancels the loads
    /// of pictures no longer on view, and keeps the pictures on view the last to be forgotten.
    mutating func loadPicturesOnView() -> Effect {
        let wanted = picturesOnView
        guard !wanted.isEmpty || !pictureLoads.isEmpty else { return .none }
        let wantedKeys = Set(wanted.map(\.key))
        var effects: [Effect] = []
        for key in pictureLoads.keys where !wantedKeys.contains(key) {
            pictureLoads[key] = nil
            effects.append(.cancel(.picture(key)))
        }
        for request in wanted where pictures[request.key] == nil && pictureLoads[request.key] == nil {
            pictureLoads[request.key] = request
            effects.append(.picture(id: .picture(request.key), request, after: pictureSettle))
        }
        pictures.touch(wanted.map(\.key))
        return .all(effects)
    }

    /// A picture arrived: kept if it is still awaited (an answer for a load cancelled or replaced
    /// meanwhile is dropped).
    mutating func receivePicture(_ request: PictureRequest, _ outcome: PictureCache.Entry) {
        guard pictureLoads[request.key] == request else { return }
        pictureLoads[request.key] = nil
        pictures.keep(outcome, for: request.key)
    }
}

/// What the views draw where a picture goes.
public enum PictureSlot: Hashable, Sendable {
    case picture(TerminalImage)
    /// Loading: the box filled with the pin's dominant colour (blank when it has none).
    case loading(Color?)
    case failed(String)
    /// No colour or no UTF-8: a frame with the picture's size and colour in words.
    case framed(size: String?, color: String?)
}
