import Foundation

/// How a written enum value matches an enum's documented members.
enum EnumValueMatch: Equatable {
    case exact
    /// Matches a member only when case is ignored; carries the member's spelling.
    case casing(String)
    case none

    static func match(_ written: String, in members: [String]) -> EnumValueMatch {
        if members.contains(written) { return .exact }
        let lowered = written.lowercased()
        if let member = members.first(where: { $0.lowercased() == lowered }) { return .casing(member) }
        return .none
    }

    /// The members of a flags enum value, `"a,b"`; a plain value is its own single part.
    static func parts(of text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
    }

    /// The documented member names of the enum an example value's property has, or nil when the
    /// property is no enum or its enum documents no member.
    static func documentedMembers(of value: ExampleValue, in context: CheckContext) -> [String]? {
        let type = value.match.property.type
        guard !type.isPlaceholder, let schemaType = value.match.propertyType, schemaType.kind == .enumeration else { return nil }
        return context.enumMemberNames[schemaType.name]?[value.page.apiVersion]
    }
}
