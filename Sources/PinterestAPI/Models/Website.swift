import Foundation

/// A website claimed by the account (spec `UserWebsiteSummary`).
public struct UserWebsiteSummary: Hashable, Sendable, Codable {
    public var website: String?
    public var status: String?
    /// Sometimes missing, per the docs.
    public var verifiedAt: Date?

    public init(website: String? = nil, status: String? = nil, verifiedAt: Date? = nil) {
        self.website = website
        self.status = status
        self.verifiedAt = verifiedAt
    }

    enum CodingKeys: String, CodingKey {
        case website, status
        case verifiedAt = "verified_at"
    }
}

/// The body of verify_website/update (spec `UserWebsiteVerifyRequest`).
public struct UserWebsiteVerifyRequest: Hashable, Sendable, Codable {
    public var website: String?
    public var verificationMethod: WebsiteVerificationMethod?

    public init(website: String? = nil, verificationMethod: WebsiteVerificationMethod? = nil) {
        self.website = website
        self.verificationMethod = verificationMethod
    }

    enum CodingKeys: String, CodingKey {
        case website
        case verificationMethod = "verification_method"
    }
}

/// What to publish on a website to claim it (spec `UserWebsiteVerificationCode`).
public struct UserWebsiteVerificationCode: Hashable, Sendable, Codable {
    public var verificationCode: String?
    public var dnsTxtRecord: String?
    public var metatag: String?
    public var filename: String?
    public var fileContent: String?

    public init(
        verificationCode: String? = nil, dnsTxtRecord: String? = nil, metatag: String? = nil,
        filename: String? = nil, fileContent: String? = nil
    ) {
        self.verificationCode = verificationCode
        self.dnsTxtRecord = dnsTxtRecord
        self.metatag = metatag
        self.filename = filename
        self.fileContent = fileContent
    }

    enum CodingKeys: String, CodingKey {
        case metatag, filename
        case verificationCode = "verification_code"
        case dnsTxtRecord = "dns_txt_record"
        case fileContent = "file_content"
    }
}
