/// The values examples give documented properties: what the value rules (type, enum, date-time,
/// read-only) look at. JSON representations are left out, since they write types ("String"),
/// not values.
struct ExampleValue {
    /// The page and the typed example, shared by all of their values rather than copied into
    /// each: a corpus has hundreds of thousands of values, and a member's copy retains every
    /// string of the schema type and property it matched. Values are gathered, and the rules that
    /// read them run, on both cores.
    private let source: Source
    /// The member's place in the typed example's members.
    private let index: Int
    /// The documented property the member names.
    let match: PropertyMatch

    init(source: Source, index: Int, match: PropertyMatch) {
        self.source = source
        self.index = index
        self.match = match
    }

    var page: PageFacts {
        _read { yield source.page }
    }

    var example: Example {
        _read { yield source.typed.example }
    }

    var member: TypedMember {
        _read { yield source.typed.members[index] }
    }

    /// One typed example of one page.
    final class Source: Sendable {
        let page: PageFacts
        let typed: TypedExample

        init(page: PageFacts, typed: TypedExample) {
            self.page = page
            self.typed = typed
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
    /// Every documented property an example (not a representation) of `page` gives a value, in order.
    static func exampleValues(page: PageFacts, typedExamples: [TypedExample]) -> [ExampleValue] {
        var values: [ExampleValue] = []
        for typed in typedExamples where typed.example.role != .resource {
            var source: ExampleValue.Source?
            for index in typed.members.indices {
                guard let match = typed.members[index].match, match.isDocumented else { continue }
                let shared = source ?? ExampleValue.Source(page: page, typed: typed)
                source = shared
                values.append(ExampleValue(source: shared, index: index, match: match))
            }
        }
        return values
    }
}
