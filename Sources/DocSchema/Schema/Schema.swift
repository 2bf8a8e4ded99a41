/// One schema reconciled from many pages, versions and revisions. The output of Reconcile and
/// the input of every emitter, check and diff.
public struct Schema: Sendable, Codable, Equatable {
    /// The version of this JSON format; bumped on any incompatible change.
    public static let currentFormat = 1

    public var format: Int
    /// Every type, sorted by qualified name.
    public var types: [SchemaType]

    public init(types: [SchemaType]) {
        self.format = Self.currentFormat
        self.types = types
    }

    /// The type with this qualified name, compared case-insensitively.
    public func type(named name: String) -> SchemaType? {
        let key = name.lowercased()
        return types.first { $0.name.lowercased() == key }
    }
}

public enum TypeKind: String, Sendable, Codable, CaseIterable {
    case entity
    case complex
    case enumeration = "enum"
}

public struct SchemaType: Sendable, Codable, Equatable {
    public var name: String
    public var kind: TypeKind
    public var baseType: String?
    public var isAbstract: Bool?
    public var isOpen: Bool?
    /// Key property names, on entity types that declare the key (the root of a hierarchy).
    public var key: [String]?
    public var description: String?
    /// The description in the pages' own language, where a localized page gave one.
    public var localizedDescription: String?
    public var availability: [APIVersion]
    public var properties: [SchemaProperty]
    public var members: [SchemaMember]
    /// Every page that contributed to the type, with the place it did so.
    public var sources: [SourceLocation]

    public init(name: String, kind: TypeKind) {
        self.name = name
        self.kind = kind
        availability = []
        properties = []
        members = []
        sources = []
    }

    public var namespace: String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }

    public var shortName: String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }
}

public struct SchemaProperty: Sendable, Codable, Equatable {
    public var name: String
    public var type: TypeRef
    public var isNavigation: Bool
    public var description: String?
    public var localizedDescription: String?
    public var isReadOnly: Bool?
    public var isNullable: Bool?
    public var isRequired: Bool?
    /// Set when a page says the property is, or is about to be, deprecated.
    public var isDeprecated: Bool?
    public var availability: [APIVersion]
    public var sources: [SourceLocation]
    /// False when the property is documented only by revisions older than the newest one.
    public var isInNewestRevision: Bool?

    public init(name: String, type: TypeRef, isNavigation: Bool = false) {
        self.name = name
        self.type = type
        self.isNavigation = isNavigation
        availability = []
        sources = []
    }
}

public struct SchemaMember: Sendable, Codable, Equatable {
    public var name: String
    public var value: Int?
    public var description: String?
    public var availability: [APIVersion]
    public var sources: [SourceLocation]
    /// False when the member is documented only by revisions older than the newest one.
    public var isInNewestRevision: Bool?

    public init(name: String) {
        self.name = name
        availability = []
        sources = []
    }
}
