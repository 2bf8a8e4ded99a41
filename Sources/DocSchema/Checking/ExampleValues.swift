/// The values examples give documented properties: what the value rules (type, enum, date-time,
/// read-only) look at. JSON representations are left out, since they write types ("String"),
/// not values.
struct ExampleValue {
    /// The page and the example, shared by all of their values rather than copied into each:
    /// a corpus has hundreds of thousands of values, and copying a page's facts retains every
    /// string in them.
    private let source: Source
    var member: TypedMember
    var match: PropertyMatch

    init(source: Source, member: TypedMember, match: PropertyMatch) {
        self.source = source
        self.member = member
        self.match = match
    }

    var page: PageFacts {
        _read { yield source.page }
    }

    var example: Example {
        _read { yield source.example }
    }

    /// One example of one page.
    final class Source: Sendable {
        let page: PageFacts
        let example: Example

        init(page: PageFacts, example: Example) {
            self.page = page
            self.example = example
        }
    }

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
                var source: ExampleValue.Source?
                for member in typed.members {
                    guard let match = member.match, match.isDocumented else { continue }
                    let shared = source ?? ExampleValue.Source(page: page, example: typed.example)
                    source = shared
                    values.append(ExampleValue(source: shared, member: member, match: match))
                }
            }
        }
        return values
    }
}
