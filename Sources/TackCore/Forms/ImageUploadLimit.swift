/// The largest local image file Tack sends (as base64) for a new pin, checked before anything is sent.
///
/// 20 MB is Pinterest's published limit for a pin's image file (Pinterest's pin specs: "max file
/// size: 20 MB" for standard image pins). The API reference in /work/shared/reference documents the
/// `image_base64` source's fields but no size, only 2 GB for video uploads, so the number comes from
/// the product specs; a bigger file is refused by Pinterest, so refusing it here saves the upload.
public enum ImageUploadLimit {
    public static let byteCount = 20 * 1024 * 1024

    /// Throws `MediaResolutionError.tooLarge` when a file of `byteCount` bytes is over the limit.
    static func check(_ byteCount: Int, path: String) throws(MediaResolutionError) {
        guard byteCount > Self.byteCount else { return }
        throw .tooLarge(path: path, byteCount: byteCount, limit: Self.byteCount)
    }

    /// "23.4 MB" (MiB, one decimal rounded up, so a file just over the limit does not read as the
    /// limit itself); "20 MB" for a whole number.
    public static func describe(_ byteCount: Int) -> String {
        let tenths = (byteCount * 10 + mebibyte - 1) / mebibyte
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    private static let mebibyte = 1024 * 1024
}
