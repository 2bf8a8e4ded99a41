/// The properties of one type on both sides: added, removed, renamed, and changed in type,
/// cardinality, nullability, writability or description.
extension VersionComparison {
    func compareProperties(_ before: SchemaType, _ after: SchemaType) -> [DiffFinding] {
        var findings: [DiffFinding] = []
        let typeName = Self.display(after.name)
        var removed: [SchemaProperty] = []
        var added = after.properties
        var pairs: [(SchemaProperty, SchemaProperty)] = []
        for property in before.properties {
            if let index = added.firstIndex(where: { $0.name == property.name })
                ?? added.firstIndex(where: { $0.name.lowercased() == property.name.lowercased() }) {
                pairs.append((property, added.remove(at: index)))
            } else {
                removed.append(property)
            }
        }
        // A removal and an addition with the same type and description are one rename.
        removed = removed.filter { property in
            guard let description = property.description, !description.isEmpty,
                  let index = added.firstIndex(where: { $0.type == property.type && !Self.differ($0.description, description) && $0.description != nil })
            else { return true }
            pairs.append((property, added.remove(at: index)))
            return false
        }

        for (old, new) in pairs {
            findings += compareProperty(old, new, typeName: typeName)
        }
        for property in removed {
            let subject = typeName + "." + property.name
            // Moved to a base type: the type still has it.
            if new.hasProperty(property.name, inLineageOf: after.name) { continue }
            if let newBeta = availability?.newBeta, newBeta.has(after.name, element: property.name) {
                findings.append(withdrawn(subject: subject, old: property.sources, kind: "property"))
            } else {
                findings.append(finding(.propertyRemoved, subject: subject, old: property.sources, new: [],
                                        "property '\(subject)' was removed"))
            }
        }
        for property in added {
            let subject = typeName + "." + property.name
            // Moved down from a base type: the type had it already.
            if old.hasProperty(property.name, inLineageOf: before.name) { continue }
            if let oldBeta = availability?.oldBeta, oldBeta.has(before.name, element: property.name) {
                findings.append(promoted(subject: subject, new: property.sources, kind: "property"))
            } else {
                findings.append(finding(.propertyAdded, subject: subject, old: [], new: property.sources,
                                        "property '\(subject)' (\(Self.display(property.type))) is new"))
            }
        }
        return findings
    }

    private func compareProperty(_ before: SchemaProperty, _ after: SchemaProperty, typeName: String) -> [DiffFinding] {
        var findings: [DiffFinding] = []
        let subject = typeName + "." + before.name
        func add(_ rule: DiffRule, _ message: String) {
            findings.append(finding(rule, subject: subject, old: before.sources, new: after.sources, message))
        }
        if before.name != after.name {
            let how = before.name.lowercased() == after.name.lowercased() ? "case only" : "same type and description"
            add(.propertyRenamed, "property '\(subject)' was renamed to '\(after.name)' (\(how))")
        }
        let oldType = Self.display(before.type)
        let newType = Self.display(after.type)
        if before.type.isCollection != after.type.isCollection {
            add(.propertyCardinalityChanged, "'\(subject)' changed from \(oldType) to \(newType)")
        } else if let change = TypeCompatibility.change(from: before.type, in: old, to: after.type, in: new) {
            let rule: DiffRule = switch change {
            case .widened: .propertyTypeWidened
            case .narrowed: .propertyTypeNarrowed
            case .incompatible: .propertyTypeChanged
            }
            add(rule, "'\(subject)' changed type from \(oldType) to \(newType)")
        }
        if before.isNullable == false, after.isNullable == true {
            add(.propertyBecameNullable, "'\(subject)' was not nullable and is now nullable")
        }
        // A property the page does not call read-only is writable.
        if before.isReadOnly != true, after.isReadOnly == true {
            add(.propertyBecameReadOnly, "'\(subject)' is now read-only")
        }
        if Self.differ(before.description, after.description) {
            add(.descriptionChanged, "the description of '\(subject)' changed")
        }
        return findings
    }
}
