/// An example with its JSON read against the schema: which type each object stands for, and
/// which documented property each key is.
public struct TypedExample: Sendable {
    public var example: Example
    /// The type the body as a whole stands for, when the page, its annotation or the body says.
    public var root: SchemaType?
    /// Every key of every typed object, outermost first.
    public var members: [TypedMember]
    /// Every `@odata.type` the body names, with the type its place declares.
    public var odataTypes: [ODataTypeUse]
}

/// One key of a JSON object whose type is known.
public struct TypedMember: Sendable {
    public var key: String
    /// Where the key starts in the example's body text.
    public var offset: Int
    public var value: JSONValue
    /// The type of the object the key belongs to.
    public var owner: SchemaType
    /// The property the key names, found in any casing; nil when the schema has none.
    public var match: PropertyMatch?
    /// 0 for the keys of the body's own object (or of the elements of its `value` collection).
    public var depth: Int
}

/// An `@odata.type` written in an example.
public struct ODataTypeUse: Sendable {
    /// The name as written, without its leading `#`.
    public var name: String
    public var offset: Int
    /// The type the name resolves to; nil when no type has that name.
    public var resolved: SchemaType?
    /// The type the object's place declares (a property's type, the body's root), when known.
    public var declared: SchemaType?
}

/// Types the JSON of one page's examples against the schema.
struct ExampleTyper {
    let index: SchemaIndex
    let page: PageFacts

    func typeExamples() -> [TypedExample] {
        page.examples.compactMap { example in
            guard let body = example.body, Self.isReliable(example) else { return nil }
            var typed = TypedExample(example: example, root: rootType(of: example), members: [], odataTypes: [])
            if let elements = collectionElements(of: body, example: example, root: typed.root) {
                for element in elements { walk(element, declared: typed.root, depth: 0, into: &typed) }
            } else {
                walk(body, declared: typed.root, depth: 0, into: &typed)
            }
            return typed
        }
    }

    /// JSON departures that leave every value where it was written; after any other (a missing
    /// comma, a string broken across lines) the lenient parser's recovery may pair keys with the
    /// wrong values, so the body's values are not checked. json-invalid reports it either way.
    static let harmlessJSONIssues: Set<String> = ["trailing comma", "comment", "truncation mark", "no-break space"]

    static func isReliable(_ example: Example) -> Bool {
        (example.jsonIssues ?? []).allSatisfy(harmlessJSONIssues.contains)
    }

    /// What the body stands for: its annotation's `@odata.type`; else, for a representation or
    /// a create or update request, the page's own type. A body's own `@odata.type` is read by the walk.
    private func rootType(of example: Example) -> SchemaType? {
        if let name = example.annotation?.odataType {
            return name.hasPrefix(Graph.namespace + ".") ? index.type(named: name) : nil
        }
        switch example.role {
        case .resource:
            return index.pageType(of: page)
        case .request:
            let writes = ["POST", "PATCH", "PUT"].contains(example.method?.uppercased() ?? "")
            guard page.kind == .apiOperation, writes, page.operation == .create || page.operation == .update else { return nil }
            return index.pageType(of: page)
        case .response, .other:
            return nil
        }
    }

    /// The elements of a collection response (`{"value": […]}`): when the annotation says the
    /// body is a collection, or the body has a `value` array its type has no property for.
    private func collectionElements(of body: JSONValue, example: Example, root: SchemaType?) -> [JSONValue]? {
        if case .array(let elements) = body { return elements }
        guard let elements = body["value"]?.elements else { return nil }
        if example.annotation?.isCollection == true { return elements }
        guard let root, root.kind != .enumeration, index.property("value", of: root) == nil else { return nil }
        return elements
    }

    private func walk(_ value: JSONValue, declared: SchemaType?, depth: Int, into typed: inout TypedExample) {
        switch value {
        case .array(let elements):
            for element in elements { walk(element, declared: declared, depth: depth, into: &typed) }
        case .object(let members):
            var owner = declared
            if let member = members.first(where: { $0.key == "@odata.type" }), case .string(let written) = member.value {
                let name = written.hasPrefix("#") ? String(written.dropFirst()) : written
                // Only the namespace as OData writes it: "Microsoft.Graph.chatMessage" is the way
                // SDKs and notifications name a resource in data, not an OData type annotation.
                if name.hasPrefix(Graph.namespace + "."), Identifier.isQualified(name) {
                    let resolved = index.type(named: name)
                    typed.odataTypes.append(ODataTypeUse(name: name, offset: member.offset, resolved: resolved, declared: declared))
                    owner = resolved
                }
            }
            for member in members where !member.key.utf8.contains(UInt8(ascii: "@")) {
                guard let owner, owner.kind != .enumeration else {
                    walk(member.value, declared: nil, depth: depth + 1, into: &typed)
                    continue
                }
                let match = index.property(member.key, of: owner)
                typed.members.append(TypedMember(
                    key: member.key, offset: member.offset, value: member.value, owner: owner, match: match, depth: depth))
                walk(member.value, declared: match?.propertyType, depth: depth + 1, into: &typed)
            }
        default:
            break
        }
    }
}
