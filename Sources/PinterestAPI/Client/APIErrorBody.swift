/// The error body every operation documents (spec `Error` / `Pinterest.Lib.Error`):
/// `{"code": 8, "message": "…"}`. Real errors sometimes add `status` and `message_detail`.
public struct APIErrorBody: Hashable, Sendable, Codable {
    public var code: Int?
    public var message: String?
    public var messageDetail: String?
    public var status: String?

    public init(code: Int?, message: String?, messageDetail: String? = nil, status: String? = nil) {
        self.code = code
        self.message = message
        self.messageDetail = messageDetail
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case code, message, status
        case messageDetail = "message_detail"
    }
}
