/// Work the reducer asks for, as a value; the `Store` performs it and sends the resulting actions back.
public indirect enum Effect: Hashable, Sendable {
    case none
    case batch([Effect])
    /// Performs `APIRequest` under `id` (replacing a running effect with the same id).
    case request(id: EffectID, APIRequest)
    /// Cancels the running effect with this id; its answer is never delivered.
    case cancel(EffectID)
    /// Sends `.tick(id)` once `after` has passed (a countdown's next second), unless cancelled first.
    case tick(id: EffectID, after: Duration)
    /// Loads a picture under `id` (replacing a running load with the same id) with the store's
    /// `PictureLoading` once `after` has passed, unless cancelled or replaced first; answered by
    /// `.pictureLoaded` or `.pictureFailed`.
    case picture(id: EffectID, PictureRequest, after: Duration)
    /// Copies to the clipboard or opens a link with the store's `HostActions`; answered by
    /// `.hostRequestDone` or `.hostRequestFailed`.
    case host(id: EffectID, HostRequest)

    /// Combines effects, dropping `.none` and flattening a single one.
    public static func all(_ effects: [Effect]) -> Effect {
        let real = effects.filter { $0 != .none }
        switch real.count {
        case 0: return .none
        case 1: return real[0]
        default: return .batch(real)
        }
    }
}
