/// A Microsoft Graph API version.
public enum APIVersion: String, Codable, Sendable, CaseIterable, Comparable {
    case v1 = "v1.0"
    case beta

    public static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        lhs == .v1 && rhs == .beta
    }
}
