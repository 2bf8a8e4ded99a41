/// Translates a schema into Swift declarations: chooses every name, flattens inheritance,
/// resolves property types and breaks the cycles that would give a struct infinite size.
struct SwiftDeclarationBuilder {
    private let schema: Schema
    private let options: SwiftGenerator.Options
    private var typesByName: [String: SchemaType] = [:]
    private var typeNames: [String: String] = [:]
    private var children: [String: [String]] = [:]
    private var families: [String: (protocolName: String, anyName: String)] = [:]
    private var findings: Set<Diagnostic> = []

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
        self.schema = schema
        self.options = options
        for type in schema.types { typesByName[type.name] = type }
    }

    mutating func build() -> SwiftDeclarations {
        nameTypes()
        linkInheritance()
        nameFamilies()
        var declarations = SwiftDeclarations()
        for type in orderedTypes() {
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

    /// Types of the default namespace choose first, so they keep the plain names; a type of
    /// another namespace is prefixed with it (`callRecords.session` gives `CallRecordsSession`).
    private func orderedTypes() -> [SchemaType] {
        schema.types.sorted { lhs, rhs in
            let lhsDefault = lhs.namespace == Graph.namespace
            let rhsDefault = rhs.namespace == Graph.namespace
            if lhsDefault != rhsDefault { return lhsDefault }
            return lhs.name < rhs.name
        }
    }

    private mutating func nameTypes() {
        var scope = SwiftNameScope(reserved: Self.supportNames, caseInsensitive: true)
        for type in orderedTypes() {
            var identifier = namespacePrefix(type.namespace) + SwiftNames.typeIdentifier(type.shortName)
            if SwiftNames.reservedTypeNames.contains(identifier) { identifier += "Type" }
            let claim = scope.claim(identifier)
            if claim.renamed {
                report(.swiftNameCollision, "type \(type.name) would be named \(identifier), which is taken; it is named \(claim.name)", at: type.sources.first)
            }
            typeNames[type.name] = claim.name
        }
        nameScope = scope
    }

    private var nameScope = SwiftNameScope()

    private func namespacePrefix(_ namespace: String) -> String {
        guard namespace != Graph.namespace else { return "" }
        let relative = namespace.hasPrefix(Graph.namespace + ".") ? String(namespace.dropFirst(Graph.namespace.count + 1)) : namespace
        return relative.split(separator: ".").map { SwiftNames.typeIdentifier(String($0)) }.joined()
    }

    private mutating func linkInheritance() {
        for type in schema.types where type.kind != .enumeration {
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
            guard let typeName = typeNames[base] else { continue }
            let protocolClaim = nameScope.claim(typeName + "Protocol")
            let anyClaim = nameScope.claim("Any" + typeName)
            for claim in [protocolClaim, anyClaim] where claim.renamed {
                report(.swiftNameCollision, "a declaration for \(base) is named \(claim.name), since its plain name is taken", at: typesByName[base]?.sources.first)
            }
            families[base] = (protocolClaim.name, anyClaim.name)
        }
    }

    /// The chain from the root down to `type`, stopping at a base that is missing or repeats.
    private func ancestry(of type: SchemaType) -> [SchemaType] {
        var chain = [type]
        var seen: Set<String> = [type.name]
        var current = type
        while let base = current.baseType, let next = typesByName[base], next.kind != .enumeration, seen.insert(next.name).inserted {
            chain.append(next)
            current = next
        }
        return chain.reversed()
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
        let name = typeNames[type.name] ?? SwiftNames.typeIdentifier(type.shortName)
        let chain = ancestry(of: type)
        var scope = SwiftNameScope(reserved: Self.builtInPropertyNames)
        var byKey: [String: (owner: String, type: TypeRef)] = [:]
        var properties: [SwiftProperty] = []
        var ownProperties: [SwiftProperty] = []
        for owner in chain {
            for property in owner.properties {
                if property.name == "@odata.type" { continue }
                if let earlier = byKey[property.name] {
                    if earlier.type != property.type, owner.name == type.name {
                        report(.inheritedPropertyConflict, "\(type.name).\(property.name) is \(property.type) but \(earlier.owner) declares it as \(earlier.type); the model keeps \(earlier.type)", at: property.sources.first ?? type.sources.first)
                    }
                    continue
                }
                byKey[property.name] = (owner.name, property.type)
                let identifier = SwiftNames.identifier(property.name)
                let claim = scope.claim(identifier)
                if claim.renamed, owner.name == type.name {
                    report(.swiftNameCollision, "\(type.name).\(property.name) would be named \(identifier), which is taken; it is named \(claim.name)", at: property.sources.first ?? type.sources.first)
                }
                let swiftProperty = makeProperty(property, named: claim.name, in: owner)
                properties.append(swiftProperty)
                if owner.name == type.name { ownProperties.append(swiftProperty) }
            }
        }
        var family: SwiftFamily?
        if let names = families[type.name] {
            let members = [type.name] + descendants(of: type.name).sorted { (typeNames[$0] ?? $0) < (typeNames[$1] ?? $1) }
            family = SwiftFamily(
                protocolName: names.protocolName,
                parentProtocol: nearestProtocol(above: type),
                ownProperties: ownProperties,
                anyName: names.anyName,
                cases: members.map { member in
                    let typeName = typeNames[member] ?? member
                    return SwiftFamilyCase(typeName: typeName, odataKey: member.lowercased())
                }
            )
        }
        return SwiftStruct(
            name: name,
            graphName: type.name,
            documentation: documentation(type.description, sources: type.sources, availability: type.availability, within: nil),
            conformance: families[type.name]?.protocolName ?? nearestProtocol(above: type),
            properties: properties,
            family: family
        )
    }

    /// The protocol of the closest ancestor (not the type itself) that has subtypes.
    private func nearestProtocol(above type: SchemaType) -> String? {
        let chain = ancestry(of: type).dropLast()
        return chain.last { families[$0.name] != nil }.flatMap { families[$0.name]?.protocolName }
    }

    private mutating func makeProperty(_ property: SchemaProperty, named name: String, in owner: SchemaType) -> SwiftProperty {
        var elementType: String
        var coding: String?
        if property.type.isPrimitive {
            let scalar = SwiftScalar.forPrimitive(property.type.name)
            elementType = scalar.type
            coding = scalar.coding
        } else if let target = typesByName[property.type.name], let targetName = typeNames[target.name] {
            elementType = families[target.name]?.anyName ?? targetName
        } else {
            report(.typeUnresolved, "\(owner.name).\(property.name) has the type \(property.type.name), which no page documents; it is generated as JSONValue", at: property.sources.first ?? owner.sources.first)
            elementType = "JSONValue"
        }
        return SwiftProperty(
            name: name,
            key: property.name,
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
            name: typeNames[type.name] ?? SwiftNames.typeIdentifier(type.shortName),
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
        findings.insert(Diagnostic(rule, message, at: place))
    }
}
