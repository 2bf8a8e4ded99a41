/// The Swift declarations made from a schema, with every name chosen and every type
/// resolved: the small declaration tree that ``SwiftRenderer`` prints.
struct SwiftDeclarations {
    var structs: [SwiftStruct] = []
    var enums: [SwiftEnum] = []
}

/// A model for one entity or complex type, with its ancestors' properties flattened in.
struct SwiftStruct {
    var name: String
    /// The qualified Graph name, as `@odata.type` carries it (without the `#`).
    var graphName: String
    var documentation: SwiftDocumentation
    /// The protocol of the nearest type in the inheritance chain that has subtypes, or nil.
    var conformance: String?
    var properties: [SwiftProperty]
    /// Set when the type has subtypes: their shared protocol and the polymorphic wrapper.
    var family: SwiftFamily?
}

/// A stored property of a model.
struct SwiftProperty {
    /// The identifier, not yet escaped.
    var name: String
    /// The member name in JSON.
    var key: String
    /// The type as the schema gives it, and the qualified name of the type that declares the
    /// property, to report a subtype that redeclares it with another type.
    var graphType: TypeRef
    var declaredBy: String
    /// The Swift type of one value, such as `Swift.String` or `AnyUser`.
    var elementType: String
    var isCollection: Bool
    /// The wire-format adapter from the support file, such as `GraphDateTimeCoding`, when the
    /// value needs one.
    var coding: String?
    /// Stored out of line, because the model contains itself through this property.
    var isIndirect: Bool
    /// Marked `@available(*, deprecated)`, because the documentation says it is.
    var isDeprecated: Bool
    var documentation: SwiftDocumentation

    var type: String { isCollection ? "[\(elementType)]" : elementType }

    /// Whether the value lives in a private `_name` behind a computed property: when it is
    /// stored out of line, and when it is deprecated (so that the model's own coding code
    /// can reach it without a deprecation warning).
    var hasPrivateStorage: Bool { isIndirect || isDeprecated }
}

/// What a type with subtypes adds: a protocol with the properties it declares, and an
/// `Any…` wrapper that decodes itself or any type derived from it.
struct SwiftFamily {
    var protocolName: String
    /// The protocol the family's protocol refines, or nil for `GraphModel`.
    var parentProtocol: String?
    /// The properties the base type itself declares (its ancestors' protocols hold theirs).
    var ownProperties: [SwiftProperty]
    var anyName: String
    /// The base first, then every derived type by name.
    var members: [SwiftFamilyMember]
}

struct SwiftFamilyMember {
    var typeName: String
    /// The qualified Graph name, lower-cased, as `@odata.type` is matched.
    var odataKey: String
}

/// A documented enumeration, generated open.
struct SwiftEnum {
    var name: String
    var graphName: String
    var documentation: SwiftDocumentation
    var cases: [SwiftEnumCase]
}

struct SwiftEnumCase {
    /// The case identifier, not yet escaped.
    var name: String
    var rawValue: String
    var documentation: SwiftDocumentation
}

/// A doc comment: the description, then a `- Remark:` with provenance and availability.
struct SwiftDocumentation {
    var description: String?
    var remark: String?
}
