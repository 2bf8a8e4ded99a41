/// What one page says, with places in the original file. The output of the Extract stage.
public struct PageFacts: Sendable, Codable, Equatable {
    public var file: String
    public var form: PageForm
    public var locale: String
    public var kind: PageKind
    /// For API pages: what the operation does.
    public var operation: APIOperation?
    public var apiVersion: APIVersion
    /// Where ``apiVersion`` came from; `default` when the page gave no sign of it.
    public var apiVersionSource: APIVersionSource
    public var title: String?
    /// Where the page's title (its first level-1 heading) stands.
    public var titlePosition: SourcePosition?
    /// The page's date as `yyyy-mm-dd`, from front matter; orders revisions.
    public var date: String?
    /// The namespace from the page's "Namespace:" line, or `microsoft.graph`.
    public var namespace: String
    /// The qualified name of the type the page documents (resource and enum pages) or operates on (API pages).
    public var typeName: String?
    /// On API pages, the page the type's name links to (a lower-cased file stem), which
    /// identifies the type when the name in the title does not.
    public var typePage: String?
    /// A base type stated by the page itself: the resource annotation's `baseType` or an "Inherits from" line.
    public var baseType: String?
    /// The page an "Inherits from [x]" line links to, as a lower-cased file stem.
    public var baseTypePage: String?
    /// Types a "Derived types" table lists as deriving from this page's type, with the pages they link to.
    public var derivedTypes: [TypeLink]?
    /// Set when the resource annotation says `"openType": true`.
    public var isOpenType: Bool?
    /// The key property named by the resource annotation.
    public var keyProperty: String?
    /// What the page says its type is: the first paragraph of prose under the title.
    public var typeDescription: String?
    /// The same in the page's own language, for side-by-side pages when asked for.
    public var localizedTypeDescription: String?
    public var properties: [PropertyFact]
    public var enums: [EnumFact]
    public var annotations: [Annotation]
    public var examples: [Example]
    public var permissions: [Permission]
    public var diagnostics: [Diagnostic]

    public init(file: String, form: PageForm, locale: String) {
        self.file = file
        self.form = form
        self.locale = locale
        kind = .conceptual
        apiVersion = .v1
        apiVersionSource = .default
        namespace = Graph.namespace
        properties = []
        enums = []
        annotations = []
        examples = []
        permissions = []
        diagnostics = []
    }
}

public enum PageKind: String, Sendable, Codable, CaseIterable {
    /// A resource type page: properties, relationships, a JSON representation.
    case resource
    /// A page for one enum type.
    case enumeration
    /// A page listing many enums under "### name values" headings (enums.md).
    case enumCollection = "enum-collection"
    /// A page for one API operation: create, update, get, list, delete or an action.
    case apiOperation = "api-operation"
    case conceptual
}

public enum APIOperation: String, Sendable, Codable, CaseIterable {
    case create, update, get, list, delete, action
}

public enum APIVersionSource: String, Sendable, Codable {
    case folder
    case exampleURL = "example-url"
    case betaNote = "beta-note"
    case `default`
}

/// Which kind of table a property row came from.
public enum PropertyTableKind: String, Sendable, Codable {
    case properties
    case relationships
    /// A create or update page's request-body table.
    case requestBody = "request-body"
}

/// A type named in prose or a table, with the page its link points at.
public struct TypeLink: Sendable, Codable, Hashable {
    public var name: String
    /// The linked page as a lower-cased file stem, when the name came with a link to a page.
    public var page: String?

    public init(name: String, page: String?) {
        self.name = name
        self.page = page
    }
}

/// One property or relationship row.
public struct PropertyFact: Sendable, Codable, Hashable {
    /// The qualified name of the type the row belongs to.
    public var owner: String
    public var name: String
    /// The name as the table writes it, when that is not the name itself: a translated or
    /// transliterated name recovered from the page's JSON.
    public var writtenName: String?
    public var type: TypeRef
    /// The page the Type cell links to, as a lower-cased file stem; names the type when the
    /// link text does not (`[Range](range.md)` for `workbookRange`).
    public var typePage: String?
    public var isNavigation: Bool
    public var table: PropertyTableKind
    public var description: String
    /// The description in the page's own language, for localized pages.
    public var localizedDescription: String?
    public var modifiers: PropertyModifiers
    /// Members listed in the description ("Possible values are: `a`, `b`."), in order.
    public var possibleValues: [EnumMemberFact]?
    public var position: SourcePosition
}

/// What a description says about a property besides its meaning.
public struct PropertyModifiers: Sendable, Codable, Hashable {
    public var isReadOnly: Bool?
    public var isNullable: Bool?
    public var isRequired: Bool?
    public var isKey: Bool?
    public var supportsFilter: Bool?
    /// Set when the description or the name cell says the property is, or is about to be, deprecated.
    public var isDeprecated: Bool?
    /// The qualified name of the ancestor an "Inherited from [x]" note names.
    public var inheritedFrom: String?
    /// The page that note links to, as a lower-cased file stem.
    public var inheritedFromPage: String?

    public init() {}
}

/// An enum documented by a member table, an enum page, or a "### name values" section.
public struct EnumFact: Sendable, Codable, Hashable {
    public enum Source: String, Sendable, Codable {
        case enumPage = "enum-page"
        case valuesSection = "values-section"
        case memberTable = "member-table"
    }

    public var name: String
    public var members: [EnumMemberFact]
    public var source: Source
    public var position: SourcePosition
}

public struct EnumMemberFact: Sendable, Codable, Hashable {
    public var name: String
    /// The name as the page writes it, when a translated name was recovered.
    public var writtenName: String?
    public var value: Int?
    public var description: String?
    public var position: SourcePosition

    public init(name: String, value: Int? = nil, description: String? = nil, position: SourcePosition) {
        self.name = name
        self.value = value
        self.description = description
        self.position = position
    }
}

/// An ApiDoctor annotation: a JSON object in an HTML comment, usually before a code fence.
public struct Annotation: Sendable, Codable, Hashable {
    public var blockType: String?
    public var odataType: String?
    public var baseType: String?
    public var keyProperty: String?
    public var isOpenType: Bool?
    public var optionalProperties: [String]?
    public var isTruncated: Bool?
    public var isCollection: Bool?
    public var name: String?
    public var position: SourcePosition
}

/// A permission row: the kind of caller and the permissions it needs.
public struct Permission: Sendable, Codable, Hashable {
    public var type: String
    public var permissions: [String]
}

/// A code block that shows a request, a response or a resource's JSON representation.
public struct Example: Sendable, Codable, Hashable {
    public enum Role: String, Sendable, Codable {
        case request, response
        /// The JSON representation on a resource page.
        case resource
        case other
    }

    public struct Header: Sendable, Codable, Hashable {
        public var name: String
        public var value: String
        /// Where the header's line starts.
        public var position: SourcePosition?
    }

    public var role: Role
    public var annotation: Annotation?
    public var method: String?
    public var url: String?
    public var httpVersion: String?
    public var statusCode: Int?
    public var headers: [Header]
    /// The JSON body, parsed leniently; nil when there is none or it could not be read at all.
    public var body: JSONValue?
    /// The body exactly as written, for checks on its length and syntax.
    public var bodyText: String?
    /// Whether the body is strict JSON as written.
    public var isStrictJSON: Bool?
    /// How the body departs from strict JSON (such as "trailing comma"), each kind once, sorted.
    public var jsonIssues: [String]?
    public var position: SourcePosition
    public var bodyPosition: SourcePosition?
}
