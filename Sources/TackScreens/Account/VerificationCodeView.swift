import PinterestAPI
import TackCore
import TerminalCanvas

/// The website verification code over the screen: each way of publishing it on a line of its own
/// (so it can be selected and copied whole), and how to go on. Any key closes it.
enum VerificationCodeView {
    static let maximumWidth = 100

    static func box(_ code: UserWebsiteVerificationCode, verifyKey: String?, in screen: Rect) -> ModalBox {
        let frameWidth = min(screen.width - 2, maximumWidth)
        let width = frameWidth - 2 * ModalBox.sideInset
        let next = verifyKey.map { "then verify it with \($0)." } ?? "then verify it."
        var lines: [[RoleSpan]] = TextWrap.lines(
            "Publish one of these on the website (a meta tag in its home page's <head>, a DNS TXT record, or a file at its root), \(next)",
            columns: width
        ).map { [RoleSpan($0, .text)] }
        let entries: [(String, String?)] = [
            ("Code", code.verificationCode), ("Meta tag", code.metatag), ("DNS TXT record", code.dnsTxtRecord),
            ("File name", code.filename), ("File content", code.fileContent),
        ]
        for case let (label, value?) in entries {
            lines.append([])
            lines.append([RoleSpan(label, .detailLabel)])
            lines += TextWrap.lines(value, columns: width).map { [RoleSpan($0, .text)] }
        }
        lines += [[], [RoleSpan("any key closes", .muted)]]
        return ModalBox(
            frame: ModalBox.frame(width: frameWidth, contentHeight: lines.count, in: screen),
            title: "Website verification", lines: lines)
    }
}
