/// Translates a schema into Swift declarations: chooses every name, flattens inheritance,
/// resolves property types and breaks the cycles that would give a struct infinite size.
struct SwiftDeclarationBuilder {
    private let options: SwiftGenerator.Options
    /// Every type, those of the default namespace first, so that they keep the plain names; a
    /// type of another namespace is prefixed with it (`callRecords.session` gives `CallRecordsSession`).
    private let orderedTypes: [SchemaType]
    private var typesByName: [String: SchemaType] = [:]
    private var typeNames: [String: String] = [:]
    /// Type, protocol and `Any…` names share one scope; file names must differ in more than case.
    private var nameScope = SwiftNameScope(reserved: supportNames, caseInsensitive: true)
    private var children: [String: [String]] = [:]
    private var families: [String: (protocolName: String, anyName: String)] = [:]
    /// Each struct type's properties, its ancestors' first, made once and reused by its subtypes.
    private var flattened: [String: [SwiftProperty]] = [:]
    private var findings: [Diagnostic] = []

    /// What the translation found, such as renamed declarations, in a stable order.
    var diagnostics: [Diagnostic] { findings.sorted() }

    /// Names the support file declares; a documented type may not take them.
    static let supportNames: Set<String> = [
        "GraphModel", "GraphEnum", "GraphIndirect", "GraphTextValue", "JSONValue", "GraphCodingKey", "GraphDuration",
        "GraphDurationParts", "GraphDate", "GraphTimeOfDay", "GraphDateTime", "GraphDigits",
        "GraphDateTimeCoding", "GraphInt64Coding", "GraphDoubleCoding", "GraphFloatCoding", "GraphBinaryCoding",
        "GraphSupport",
    ]

    /// Property names every model declares itself.
    private static let builtInPropertyNames: Set<String> = ["odataType", "additionalData", "odataTypeName"]
    /// Enum case names the generated enum uses for itself, or that would read ambiguously.
    private static let reservedCaseNames: Set<String> = [
        "none", "undocumented", "rawValue", "documentedCases", "description", "hashValue", "init",
    ]

    init(schema: Schema, options: SwiftGenerator.Options) {
        self.options = options
        orderedTypes = schema.types.sorted { lhs, rhs in
            let lhsDefault = lhs.namespace == Graph.namespace
            let rhsDefault = rhs.namespace == Graph.namespace
            if lhsDefault != rhsDefault { return lhsDefault }
            return lhs.name < rhs.name
        }
        for type in orderedTypes { typesByName[type.name] = type }
    }

    mutating func build() -> SwiftDeclarations {
        nameTypes()
        linkInheritance()
        nameFamilies()
        var declarations = SwiftDeclarations()
        for type in orderedTypes {
            switch type.kind {
            case .enumeration: declarations.enums.append(makeEnum(type))
            case .entity, .complex: declarations.structs.append(makeStruct(type))
            }
        }
        markIndirectProperties(&declarations.structs)
        declarations.structs.sort { $0.name < $1.name }
        declarations.enums.sort { $0.name < $1.name }
        return declarations
    }

    // MARK: Names

    private mutating func nameTypes() {
        for type in orderedTypes {
            var identifier = namespacePrefix(type.namespace) + SwiftNames.typeIdentifier(type.shortName)
            if SwiftNames.reservedTypeNames.contains(identifier) { identifier += "Type" }
            let claim = nameScope.claim(identifier)
            if claim.renamed {
                report(.swiftNameCollision, "type \(type.name) would be named \(identifier), which is taken; it is named \(claim.name)", at: type.sources.first)
            }
            typeNames[type.name] = claim.name
        }
    }

    /// The Swift name of a type of the schema (every one is named before anything else is made).
    private func swiftName(of graphName: String) -> String {
        typeNames[graphName] ?? graphName
    }

    private func namespacePrefix(_ namespace: String) -> String {
        guard namespace != Graph.namespace else { return "" }
        let relative = namespace.hasPrefix(Graph.namespace + ".") ? String(namespace.dropFirst(Graph.namespace.count + 1)) : namespace
        return relative.split(separator: ".").map { SwiftNames.typeIdentifier(String($0)) }.joined()
    }

    private mutating func linkInheritance() {
        for type in orderedTypes where type.kind != .enumeration {
            guard let base = type.baseType else { continue }
            guard let baseType = typesByName[base], baseType.kind != .enumeration else {
                report(.typeUnresolved, "the base type \(base) of \(type.name) is documented nowhere; its properties are not inherited", at: type.sources.first)
                continue
            }
            children[baseType.name, default: []].append(type.name)
        }
    }

    private mutating func nameFamilies() {
        for base in children.keys.sorted() {
            let typeName = swiftName(of: base)
            let protocolClaim = nameScope.claim(typeName + "Protocol")
            let anyClaim = nameScope.claim("Any" + typeName)
            for claim in [protocolClaim, anyClaim] where claim.renamed {
                report(.swiftNameCollision, "a declaration for \(base) is named \(claim.name), since its plain name is taken", at: typesByName[base]?.sources.first)
            }
            families[base] = (protocolClaim.name, anyClaim.name)
        }
    }

    /// The type's base, when the schema documents it as an entity or complex type.
    private func parent(of type: SchemaType) -> SchemaType? {
        guard let base = type.baseType, let parent = typesByName[base], parent.kind != .enumeration else { return nil }
        return parent
    }

    private func descendants(of name: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = [name]
        var queue = children[name] ?? []
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            queue += children[next] ?? []
        }
        return result
    }

    // MARK: Structs

    private mutating func makeStruct(_ type: SchemaType) -> SwiftStruct {
        let properties = flattenedProperties(of: type)
        var family: SwiftFamily?
        if let names = families[type.name] {
            let inherited = parent(of: type).map { flattened[$0.name] ?? [] } ?? []
            let members = [type.name] + descendants(of: type.name).sorted { swiftName(of: $0) < swiftName(of: $1) }
            family = SwiftFamily(
                protocolName: names.protocolName,
                parentProtocol: nearestProtocol(above: type),
                ownProperties: Array(properties.dropFirst(inherited.count)),
                anyName: names.anyName,
                members: members.map { SwiftFamilyMember(typeName: swiftName(of: $0), odataKey: $0.lowercased()) }
            )
        }
        return SwiftStruct(
            name: swiftName(of: type.name),
            graphName: type.name,
            documentation: documentation(type.description, sources: type.sources, availability: type.availability, within: nil),
            conformance: families[type.name]?.protocolName ?? nearestProtocol(above: type),
            properties: properties,
            family: family
        )
    }

    /// The type's ancestors' properties, then its own. The ancestors' names are claimed first,
    /// so an inherited property has the same Swift name in every type that inherits it. A base
    /// that derives from itself again ends the chain.
    ///
    /// A loop, not a recursion per ancestor: "Inherited from" notes can make a chain thousands
    /// of types deep (one page of 2 000 such rows overflowed the stack). The chain is gathered
    /// up to the nearest ancestor already flattened, then flattened from the top down.
    private mutating func flattenedProperties(of type: SchemaType) -> [SwiftProperty] {
        var chain: [SchemaType] = []
        var visiting: Set<String> = []
        var current: SchemaType? = type
        while let next = current, flattened[next.name] == nil, visiting.insert(next.name).inserted {
            chain.append(next)
            current = parent(of: next)
        }
        var properties = current.flatMap { flattened[$0.name] } ?? []
        for level in chain.reversed() {
            properties = flattenedProperties(of: level, below: properties)
            flattened[level.name] = properties
        }
        return properties
    }

    /// `inherited`, then the properties `type` adds to them.
    private mutating func flattenedProperties(
        of type: SchemaType, below inherited: [SwiftProperty]
    ) -> [SwiftProperty] {
        var properties = inherited
        var scope = SwiftNameScope(reserved: Self.builtInPropertyNames.union(properties.map(\.name)))
        var byKey = Dictionary(properties.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for property in type.properties where property.name != "@odata.type" {
            if let earlier = byKey[property.name] {
                if earlier.graphType != property.type {
                    report(.inheritedPropertyConflict, "\(type.name).\(property.name) is \(property.type) but \(earlier.declaredBy) declares it as \(earlier.graphType); the model keeps \(earlier.graphType)", at: property.sources.first ?? type.sources.first)
                }
                continue
            }
            let identifier = SwiftNames.identifier(property.name)
            let claim = scope.claim(identifier)
            if claim.renamed {
                report(.swiftNameCollision, "\(type.name).\(property.name) would be named \(identifier), which is taken; it is named \(claim.name)", at: property.sources.first ?? type.sources.first)
            }
            let swiftProperty = makeProperty(property, named: claim.name, in: type)
            byKey[property.name] = swiftProperty
            properties.append(swiftProperty)
        }
        return properties
    }

    /// The protocol of the closest ancestor (not the type itself) that has subtypes.
    private func nearestProtocol(above type: SchemaType) -> String? {
        var seen: Set<String> = [type.name]
        var current = type
        while let next = parent(of: current), seen.insert(next.name).inserted {
            if let names = families[next.name] { return names.protocolName }
            current = next
        }
        return nil
    }

    private mutating func makeProperty(_ property: SchemaProperty, named name: String, in owner: SchemaType) -> SwiftProperty {
        var elementType: String
        var coding: String?
        if property.type.isPrimitive {
            let scalar = SwiftScalar.forPrimitive(property.type.name)
            elementType = scalar.type
            coding = scalar.coding
        } else if typesByName[property.type.name] != nil {
            elementType = families[property.type.name]?.anyName ?? swiftName(of: property.type.name)
        } else {
            report(.typeUnresolved, "\(owner.name).\(property.name) has the type \(property.type.name), which no page documents; it is generated as JSONValue", at: property.sources.first ?? owner.sources.first)
            elementType = "JSONValue"
        }
        return SwiftProperty(
            name: name,
            key: property.name,
            graphType: property.type,
            declaredBy: owner.name,
            elementType: elementType,
            isCollection: property.type.isCollection,
            coding: coding,
            isIndirect: false,
            isDeprecated: property.isDeprecated == true,
            documentation: documentation(property.description, sources: property.sources, availability: property.availability, within: owner.availability)
        )
    }

    /// Marks the single-valued properties through which a struct would contain itself. Such
    /// a cycle runs through struct-typed properties only: arrays and the `Any…` wrappers
    /// (which hold an existential) already store their values out of line.
    private func markIndirectProperties(_ structs: inout [SwiftStruct]) {
        let index = Dictionary(structs.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let edges: [[Int]] = structs.map { model in
            model.properties.compactMap { $0.isCollection ? nil : index[$0.elementType] }
        }
        let component = StronglyConnectedComponents.label(edges)
        for (offset, model) in structs.enumerated() {
            for (position, property) in model.properties.enumerated() where !property.isCollection {
                if let target = index[property.elementType], component[target] == component[offset] {
                    structs[offset].properties[position].isIndirect = true
                }
            }
        }
    }

    // MARK: Enums

    private mutating func makeEnum(_ type: SchemaType) -> SwiftEnum {
        var scope = SwiftNameScope(reserved: Self.reservedCaseNames)
        var cases: [SwiftEnumCase] = []
        for member in type.members {
            var identifier = SwiftNames.identifier(member.name)
            if Self.reservedCaseNames.contains(identifier) { identifier += "Value" }
            let claim = scope.claim(identifier)
            if claim.renamed {
                report(.swiftNameCollision, "member \(member.name) of \(type.name) would be named \(identifier), which is taken; it is named \(claim.name)", at: member.sources.first ?? type.sources.first)
            }
            cases.append(SwiftEnumCase(
                name: claim.name,
                rawValue: member.name,
                documentation: documentation(member.description, sources: [], availability: member.availability, within: type.availability)
            ))
        }
        return SwiftEnum(
            name: swiftName(of: type.name),
            graphName: type.name,
            documentation: documentation(type.description, sources: type.sources, availability: type.availability, within: nil),
            cases: cases
        )
    }

    // MARK: Documentation

    /// The remark gives the first source and how many others there are, and the versions,
    /// unless they are the same as the enclosing type's.
    private func documentation(
        _ description: String?, sources: [SourceLocation], availability: [APIVersion], within outer: [APIVersion]?
    ) -> SwiftDocumentation {
        var parts: [String] = []
        if let first = sources.first {
            var origin = "From `\(options.displayPath(first.file)):\(first.line)`"
            let others = Set(sources.dropFirst().map(\.file)).subtracting([first.file]).count
            if others == 1 { origin += " and 1 other page" } else if others > 1 { origin += " and \(others) other pages" }
            parts.append(origin + ".")
        }
        if !availability.isEmpty, availability != outer {
            let versions = availability.sorted().map(\.rawValue)
            parts.append("Available in " + versions.joined(separator: " and ") + ".")
        }
        let description = description.flatMap { $0.isEmpty ? nil : $0 }
        return SwiftDocumentation(description: description, remark: parts.isEmpty ? nil : parts.joined(separator: " "))
    }

    private mutating func report(_ rule: RuleID, _ message: String, at location: SourceLocation?) {
        let place = location ?? SourceLocation(file: "<schema>", line: 1, column: 1)
        findings.append(Diagnostic(rule, message, at: place))
    }
}
