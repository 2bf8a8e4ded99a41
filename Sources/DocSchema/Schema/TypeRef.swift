/// A reference to a type from a property, as written in a Type cell.
///
/// Primitive names are qualified as `Edm.*`; everything else carries the namespace the page
/// implies until Reconcile resolves it against the types that really exist.
public struct TypeRef: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The qualified name, such as `Edm.String` or `microsoft.graph.user`.
    public var name: String
    public var isCollection: Bool
    /// Set for `Enumeration`, `Enum` and similar words that stand in for an enum the page does not name.
    public var isPlaceholder: Bool

    public init(_ name: String, collection: Bool = false, placeholder: Bool = false) {
        self.name = name
        self.isCollection = collection
        self.isPlaceholder = placeholder
    }

    public static func edm(_ name: String, collection: Bool = false) -> TypeRef {
        TypeRef("Edm." + name, collection: collection)
    }

    public var isPrimitive: Bool { name.hasPrefix("Edm.") }

    /// The last component of the name: `user` for `microsoft.graph.user`.
    public var shortName: Substring { name.split(separator: ".").last ?? Substring(name) }

    /// The namespace part: `microsoft.graph` for `microsoft.graph.user`.
    public var namespace: Substring {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[..<dot]
    }

    /// CSDL notation: `Collection(microsoft.graph.user)`.
    public var description: String { isCollection ? "Collection(\(name))" : name }

    enum CodingKeys: String, CodingKey {
        case name, collection, placeholder
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        isCollection = try container.decodeIfPresent(Bool.self, forKey: .collection) ?? false
        isPlaceholder = try container.decodeIfPresent(Bool.self, forKey: .placeholder) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if isCollection { try container.encode(true, forKey: .collection) }
        if isPlaceholder { try container.encode(true, forKey: .placeholder) }
    }
}
