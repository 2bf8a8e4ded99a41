/// The values examples give documented properties: what the value rules (type, enum, date-time,
/// read-only) look at. JSON representations are left out, since they write types ("String"),
/// not values.
struct ExampleValue {
    var page: PageFacts
    var example: Example
    var member: TypedMember
    var match: PropertyMatch

    var location: SourceLocation { example.position(ofBodyOffset: member.offset).in(page.file) }

    /// The value itself, or each element when the property is a collection and the value an array.
    var scalars: [JSONValue] {
        if match.property.type.isCollection, case .array(let elements) = member.value { return elements }
        return [member.value]
    }
}

extension CheckContext {
    /// Every documented property an example (not a representation) gives a value, in page order.
    static func exampleValues(pages: [PageFacts], typedExamples: [[TypedExample]]) -> [ExampleValue] {
        var values: [ExampleValue] = []
        for (page, examples) in zip(pages, typedExamples) {
            for typed in examples where typed.example.role != .resource {
                for member in typed.members {
                    guard let match = member.match, match.isDocumented else { continue }
                    values.append(ExampleValue(page: page, example: typed.example, member: member, match: match))
                }
            }
        }
        return values
    }
}
