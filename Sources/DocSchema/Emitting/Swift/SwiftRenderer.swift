/// Prints Swift declarations as source text, in the shape design.md §5 sets: optional `var`s,
/// a memberwise init, explicit `CodingKeys` and coding, open enums and `Any…` wrappers.
struct SwiftRenderer {
    /// `"public "` or `""`, written before every declaration meant for the models' users.
    let access: String

    // MARK: Models

    func render(_ model: SwiftStruct, into out: inout SwiftSourceText) {
        if let family = model.family { render(family, of: model, into: &out) }
        out.documentation(model.documentation)
        let conformances = [model.family?.protocolName ?? model.conformance ?? "GraphModel", "Codable", "Hashable", "Sendable"]
        out.block("\(access)struct \(model.name): \(conformances.joined(separator: ", ")) {") { out in
            out.line("\(access)static let odataTypeName = \(SwiftNames.stringLiteral("#" + model.graphName))")
            for property in model.properties {
                out.line()
                renderStorage(of: property, into: &out)
            }
            out.line()
            out.line("/// The `@odata.type` member, when the JSON had one.")
            out.line("\(access)var odataType: Swift.String?")
            out.line()
            out.line("/// JSON members the documentation does not describe, and explicit `null`s; written back when encoding.")
            out.line("\(access)var additionalData: [Swift.String: JSONValue] = [:]")
            out.line()
            renderMemberwiseInit(model, into: &out)
            out.line()
            renderCodingKeys(model, into: &out)
            out.line()
            renderDecoder(model, into: &out)
            out.line()
            renderEncoder(model, into: &out)
        }
    }

    private func renderStorage(of property: SwiftProperty, into out: inout SwiftSourceText) {
        let name = SwiftNames.escaped(property.name)
        out.documentation(property.documentation)
        if property.isDeprecated { out.line(Self.deprecation) }
        guard property.hasPrivateStorage else {
            out.line("\(access)var \(name): \(property.type)?")
            return
        }
        let storage = "_" + property.name
        out.block("\(access)var \(name): \(property.type)? {") { out in
            if property.isIndirect {
                out.line("get { \(storage)?.wrapped }")
                out.line("set { \(storage) = newValue.map(GraphIndirect.init) }")
            } else {
                out.line("get { \(storage) }")
                out.line("set { \(storage) = newValue }")
            }
        }
        out.line()
        if property.isIndirect {
            out.line("/// Out of line, because `\(property.type)` can contain this type again.")
            out.line("private var \(storage): GraphIndirect<\(property.type)>?")
        } else {
            out.line("private var \(storage): \(property.type)?")
        }
    }

    static let deprecation = "@available(*, deprecated, message: \"The documentation marks this property as deprecated.\")"

    /// A statement that sets the property from `value` (an optional of its type), bypassing
    /// the computed property where there is private storage.
    private func assignment(_ property: SwiftProperty, _ value: String) -> String {
        guard property.hasPrivateStorage else { return "self.\(SwiftNames.escaped(property.name)) = \(value)" }
        return "self._\(property.name) = \(value)" + (property.isIndirect ? ".map(GraphIndirect.init)" : "")
    }

    /// The property's value as an optional, read without the computed property where there is private storage.
    private func reading(_ property: SwiftProperty) -> String {
        guard property.hasPrivateStorage else { return "self." + SwiftNames.escaped(property.name) }
        return "self._\(property.name)" + (property.isIndirect ? "?.wrapped" : "")
    }

    private func renderMemberwiseInit(_ model: SwiftStruct, into out: inout SwiftSourceText) {
        out.line("/// Makes a value with the given members; every member is optional.")
        // A parameter named `self` would hide `self` in the body, so it gets another inner name.
        let names = Set(model.properties.map(\.name))
        var innerSelf = "selfValue"
        while names.contains(innerSelf) { innerSelf += "_" }
        func inner(_ property: SwiftProperty) -> String {
            property.name == "self" ? innerSelf : SwiftNames.escaped(property.name)
        }
        let parameters = model.properties.map { property in
            let label = property.name == "self" ? "`self` \(innerSelf)" : SwiftNames.escaped(property.name)
            return "\(label): \(property.type)? = nil"
        } + ["odataType: Swift.String? = nil", "additionalData: [Swift.String: JSONValue] = [:]"]
        out.line("\(access)init(")
        for (offset, parameter) in parameters.enumerated() {
            out.line("    " + parameter + (offset == parameters.count - 1 ? "" : ","))
        }
        out.block(") {") { out in
            for property in model.properties {
                out.line(assignment(property, inner(property)))
            }
            out.line("self.odataType = odataType")
            out.line("self.additionalData = additionalData")
        }
    }

    private func renderCodingKeys(_ model: SwiftStruct, into out: inout SwiftSourceText) {
        out.block("enum CodingKeys: Swift.String, CodingKey {") { out in
            for property in model.properties {
                let name = SwiftNames.escaped(property.name)
                out.line(property.name == property.key ? "case \(name)" : "case \(name) = \(SwiftNames.stringLiteral(property.key))")
            }
            out.line("case odataType = \"@odata.type\"")
        }
    }

    private func renderDecoder(_ model: SwiftStruct, into out: inout SwiftSourceText) {
        out.block("\(access)init(from decoder: any Decoder) throws {") { out in
            out.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for property in model.properties {
                out.line(assignment(property, decodeExpression(property)))
            }
            out.line("self.odataType = try container.decodeIfPresent(Swift.String.self, forKey: .odataType)")
            out.line("self.additionalData = try decoder.graphAdditionalData(describedBy: CodingKeys.self)")
        }
    }

    private func decodeExpression(_ property: SwiftProperty) -> String {
        let key = "forKey: ." + SwiftNames.escaped(property.name)
        guard let coding = property.coding else {
            return "try container.decodeIfPresent(\(property.type).self, \(key))"
        }
        if property.isCollection {
            return "try container.decodeIfPresent([\(coding)].self, \(key))?.map(\\.value)"
        }
        return "try container.decodeIfPresent(\(coding).self, \(key))?.value"
    }

    private func renderEncoder(_ model: SwiftStruct, into out: inout SwiftSourceText) {
        out.block("\(access)func encode(to encoder: any Encoder) throws {") { out in
            out.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in model.properties {
                let name = SwiftNames.escaped(property.name)
                // Always through `self.`, since a property may be named `self`.
                var value = reading(property)
                if let coding = property.coding {
                    value += property.isCollection ? "?.map(\(coding).init)" : ".map(\(coding).init)"
                }
                out.line("try container.graphEncode(\(value), forKey: .\(name), nulls: additionalData)")
            }
            out.line("try container.encodeIfPresent(odataType, forKey: .odataType)")
            out.line("try encoder.graphEncode(additionalData: additionalData, describedBy: CodingKeys.self)")
        }
    }

    // MARK: Families

    private func render(_ family: SwiftFamily, of model: SwiftStruct, into out: inout SwiftSourceText) {
        out.line("/// The members of `\(model.name)` that every type derived from it shares.")
        out.block("\(access)protocol \(family.protocolName): \(family.parentProtocol ?? "GraphModel") {") { out in
            for (offset, property) in family.ownProperties.enumerated() {
                if offset > 0 { out.line() }
                out.documentation(property.documentation)
                if property.isDeprecated { out.line(Self.deprecation) }
                out.line("var \(SwiftNames.escaped(property.name)): \(property.type)? { get set }")
            }
        }
        out.line()
        renderAny(family, of: model, into: &out)
        out.line()
    }

    /// The polymorphic wrapper. It holds an existential rather than being an enum with a case
    /// per type: a family such as every entity has thousands of types, and the compiler cannot
    /// check a switch over that many cases in reasonable time.
    private func renderAny(_ family: SwiftFamily, of model: SwiftStruct, into out: inout SwiftSourceText) {
        let base = model.name
        out.line("/// A `\(base)` or a type derived from it, chosen by `@odata.type` when decoding.")
        out.line("/// A missing or unknown `@odata.type` decodes as `\(base)` itself, and never fails.")
        out.block("\(access)struct \(family.anyName): Codable, Hashable, Sendable {") { out in
            out.line("/// The value, whichever type it has: test it with `as?`, or `switch` on it with `case let x as T`.")
            out.line("\(access)var value: any \(family.protocolName)")
            out.line()
            out.block("\(access)init(_ value: any \(family.protocolName)) {") { out in
                out.line("self.value = value")
            }
            out.line()
            out.line("/// Each type of the family by its lower-cased `@odata.type`, without the `#`.")
            out.block("static let types: [Swift.String: any \(family.protocolName).Type] = [", closer: "]") { out in
                for member in family.members {
                    out.line("\(SwiftNames.stringLiteral(member.odataKey)): \(member.typeName).self,")
                }
            }
            out.line()
            out.block("\(access)init(from decoder: any Decoder) throws {") { out in
                out.line("let decodedType = decoder.graphODataTypeKey().flatMap { Self.types[$0] } ?? \(base).self")
                out.line("value = try decodedType.init(from: decoder)")
            }
            out.line()
            out.line("/// Writes the value, with the `@odata.type` of a derived type when it has none.")
            out.block("\(access)func encode(to encoder: any Encoder) throws {") { out in
                out.line("var value = self.value")
                out.line("let valueType = Swift.type(of: value)")
                out.block("if value.odataType == nil, valueType != \(base).self {") { out in
                    out.line("value.odataType = valueType.odataTypeName")
                }
                out.line("try value.encode(to: encoder)")
            }
            out.line()
            out.block("\(access)static func == (lhs: Self, rhs: Self) -> Swift.Bool {") { out in
                out.line("AnyHashable(lhs.value) == AnyHashable(rhs.value)")
            }
            out.line()
            out.block("\(access)func hash(into hasher: inout Hasher) {") { out in
                out.line("hasher.combine(AnyHashable(value))")
            }
        }
    }

    // MARK: Enums

    func render(_ model: SwiftEnum, into out: inout SwiftSourceText) {
        out.documentation(model.documentation)
        out.block("\(access)enum \(model.name): GraphEnum {") { out in
            for member in model.cases {
                out.documentation(member.documentation)
                out.line("case \(SwiftNames.escaped(member.name))")
            }
            out.line("/// A value the documentation does not list, as it was received.")
            out.line("case undocumented(Swift.String)")
            out.line()
            if model.cases.isEmpty {
                out.line("\(access)static let documentedCases: [\(model.name)] = []")
            } else {
                out.block("\(access)static let documentedCases: [\(model.name)] = [", closer: "]") { out in
                    for member in model.cases { out.line(".\(SwiftNames.escaped(member.name)),") }
                }
            }
            out.line()
            out.line("/// The member with this value: an exact match first, then one that differs only in case.")
            out.block("\(access)init(rawValue: Swift.String) {") { out in
                out.switchBlock("switch rawValue {") { out in
                    for member in model.cases {
                        out.line("case \(SwiftNames.stringLiteral(member.rawValue)): self = .\(SwiftNames.escaped(member.name))")
                    }
                    out.line("default:")
                    out.indented { out in
                        out.switchBlock("switch rawValue.lowercased() {") { out in
                            var seen: Set<String> = []
                            for member in model.cases where seen.insert(member.rawValue.lowercased()).inserted {
                                out.line("case \(SwiftNames.stringLiteral(member.rawValue.lowercased())): self = .\(SwiftNames.escaped(member.name))")
                            }
                            out.line("default: self = .undocumented(rawValue)")
                        }
                    }
                }
            }
            out.line()
            out.block("\(access)var rawValue: Swift.String {") { out in
                out.switchBlock("switch self {") { out in
                    for member in model.cases {
                        out.line("case .\(SwiftNames.escaped(member.name)): \(SwiftNames.stringLiteral(member.rawValue))")
                    }
                    out.line("case .undocumented(let value): value")
                }
            }
        }
    }
}
