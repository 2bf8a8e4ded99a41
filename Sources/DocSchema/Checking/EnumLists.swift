/// A "Possible values" list paired with the enum page, section or member table of the same
/// enum in the same API version: the two places an enum's members are written.
struct EnumList {
    var page: PageFacts
    var property: PropertyFact
    var values: [EnumMemberFact]
    var enumType: SchemaType
    /// The members as the enum's own page, section or table lists them.
    var members: [EnumMemberFact]
    var enumLocation: SourceLocation
}

extension CheckContext {
    /// Every "Possible values" list of `page` whose property's type is an enum documented, in
    /// the page's version, by an enum page, section or member table.
    static func enumLists(
        page: PageFacts, index: SchemaIndex, definitions: [String: [(fact: EnumFact, page: PageFacts)]]
    ) -> [EnumList] {
        var lists: [EnumList] = []
        // A request body may accept fewer values than the type has; a description may say it lists a subset.
        for property in page.properties where property.table != .requestBody {
            // One value read from prose is more likely a sentence that names a value than a list.
            // (The description is lower-cased last: most properties are ruled out before.)
            guard let values = property.possibleValues, values.count >= 2, !property.type.isPrimitive,
                  !property.type.isPlaceholder,
                  let type = index.type(named: property.type.name, page: property.typePage), type.kind == .enumeration,
                  let definition = definitions[type.name.lowercased()]?.first(where: { $0.page.apiVersion == page.apiVersion }),
                  !definition.fact.members.isEmpty, !property.description.lowercased().containsBytes("subset")
            else { continue }
            lists.append(EnumList(
                page: page, property: property, values: values, enumType: type, members: definition.fact.members,
                enumLocation: definition.fact.position.in(definition.page.file)))
        }
        return lists
    }
}
