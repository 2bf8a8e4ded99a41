/// `example-type-mismatch`: a JSON value whose kind contradicts the property's documented type.
struct ExampleTypeMismatchRule: CheckRule {
    let id = RuleID.exampleTypeMismatch
    let summary = "An example's value has a JSON kind its property's documented type does not allow."
    let explanation = """
        A client decodes each value as its documented type, so an example that writes `"true"` for a \
        Boolean, `"5"` for an Int32, a number or an object for a String, a single value for a \
        collection or an array for a single value shows a payload no client can read. Int64, Double and \
        Decimal may be strings (OData's IEEE 754 form); `null` is always allowed. An enum takes a \
        string; a complex or entity type takes an object, except a type with no documented \
        property (such as `Json`), which may stand for any value. JSON representations are not checked, since \
        they write type names, not values. Fix the example or the Type cell.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for value in context.exampleValues {
            let type = value.match.property.type
            let kind = JSONKind(value.member.value)
            guard kind != .null, !isOpaque(value.match, in: context) else { continue }
            if type.isCollection != (kind == .array) {
                let expected = type.isCollection ? "a collection (an array)" : "a single \(type.shortName), not an array"
                findings.append(finding(value, "is \(kind.phrase), but \(value.match.property.name) is documented as \(expected)", in: context))
                continue
            }
            guard let accepted = acceptedKinds(of: value.match) else { continue }
            for element in value.scalars {
                let elementKind = JSONKind(element)
                guard elementKind != .null, !accepted.contains(elementKind) else { continue }
                findings.append(finding(
                    value, "is \(elementKind.phrase), but \(value.match.property.name) is documented as \(type.shortName)", in: context))
                break
            }
        }
        return findings
    }

    /// A type no table gives a property, such as a "Json" type that stands for any value, says
    /// nothing of its form: not even whether it is an array.
    private func isOpaque(_ match: PropertyMatch, in context: CheckContext) -> Bool {
        guard !match.property.type.isPlaceholder, let schemaType = match.propertyType else { return false }
        return schemaType.kind != .enumeration && !context.index.hasDocumentedProperties(schemaType)
    }

    private func acceptedKinds(of match: PropertyMatch) -> Set<JSONKind>? {
        let type = match.property.type
        if type.isPrimitive { return WireFormats.acceptedKinds(ofPrimitive: type.name) }
        guard !type.isPlaceholder, let schemaType = match.propertyType else { return nil }
        switch schemaType.kind {
        case .enumeration: return [.string]
        case .entity, .complex: return [.object]
        }
    }

    private func finding(_ value: ExampleValue, _ message: String, in context: CheckContext) -> Diagnostic {
        Diagnostic(id, "the value of '\(value.member.key)' \(message)", at: value.location,
                   related: context.related(value.match.property.sources, for: value.page, documenting: value.match.owner, "documented here"))
    }
}
