/// Writes a schema as OData CSDL 4.0 XML, in the shape of msgraph-metadata's clean metadata:
/// one `Schema` element per namespace; enum, entity and complex types; properties and
/// navigation properties; descriptions as `Org.OData.Core.V1.Description` annotations.
public enum CSDLWriter {
    public struct Options: Sendable {
        /// Write localized descriptions where the schema has them (side-by-side pages).
        public var localizedDescriptions: Bool

        public init(localizedDescriptions: Bool = false) {
            self.localizedDescriptions = localizedDescriptions
        }
    }

    static let descriptionTerm = "Org.OData.Core.V1.Description"

    public static func write(_ schema: Schema, options: Options = .init()) -> String {
        var xml = XMLBuilder()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("edmx:Edmx", [("Version", "4.0"), ("xmlns:edmx", "http://docs.oasis-open.org/odata/ns/edmx")])
        xml.open("edmx:DataServices", [])
        let entities = Set(schema.types.filter { $0.kind == .entity }.map { $0.name.lowercased() })
        let namespaces = Dictionary(grouping: schema.types, by: \.namespace)
        for namespace in namespaces.keys.sorted() {
            var attributes: [(String, String)] = [("Namespace", namespace)]
            if namespace == Graph.namespace { attributes.append(("Alias", "graph")) }
            attributes.append(("xmlns", "http://docs.oasis-open.org/odata/ns/edm"))
            xml.open("Schema", attributes)
            let types = namespaces[namespace] ?? []
            for kind in [TypeKind.enumeration, .entity, .complex] {
                for type in types where type.kind == kind {
                    write(type, entities: entities, options: options, into: &xml)
                }
            }
            xml.close("Schema")
        }
        xml.close("edmx:DataServices")
        xml.close("edmx:Edmx")
        return xml.text
    }

    private static func write(_ type: SchemaType, entities: Set<String>, options: Options, into xml: inout XMLBuilder) {
        let description = options.localizedDescriptions ? (type.localizedDescription ?? type.description) : type.description
        switch type.kind {
        case .enumeration:
            xml.open("EnumType", [("Name", type.shortName)])
            var used = Set(type.members.compactMap(\.value))
            var next = 0
            for member in type.members {
                let value: Int
                if let written = member.value {
                    value = written
                } else {
                    while used.contains(next) { next += 1 }
                    value = next
                    used.insert(value)
                }
                xml.empty("Member", [("Name", member.name), ("Value", String(value))])
            }
            annotate(description, into: &xml)
            xml.close("EnumType")
        case .entity, .complex:
            let element = type.kind == .entity ? "EntityType" : "ComplexType"
            var attributes: [(String, String)] = [("Name", type.shortName)]
            if let base = type.baseType { attributes.append(("BaseType", base)) }
            if type.isAbstract == true { attributes.append(("Abstract", "true")) }
            if type.isOpen == true { attributes.append(("OpenType", "true")) }
            xml.open(element, attributes)
            if let key = type.key, type.kind == .entity {
                xml.open("Key", [])
                for name in key { xml.empty("PropertyRef", [("Name", name)]) }
                xml.close("Key")
            }
            for property in type.properties {
                let target = property.type.name.lowercased()
                let isNavigation = property.isNavigation && entities.contains(target)
                var attributes: [(String, String)] = [("Name", property.name), ("Type", property.type.description)]
                if property.isNullable == false || type.key?.contains(property.name) == true { attributes.append(("Nullable", "false")) }
                if isNavigation, type.kind == .entity { attributes.append(("ContainsTarget", "true")) }
                let text = options.localizedDescriptions ? (property.localizedDescription ?? property.description) : property.description
                let name = isNavigation ? "NavigationProperty" : "Property"
                if let text, !text.isEmpty {
                    xml.open(name, attributes)
                    annotate(text, into: &xml)
                    xml.close(name)
                } else {
                    xml.empty(name, attributes)
                }
            }
            annotate(description, into: &xml)
            xml.close(element)
        }
    }

    private static func annotate(_ description: String?, into xml: inout XMLBuilder) {
        guard let description, !description.isEmpty else { return }
        xml.empty("Annotation", [("Term", descriptionTerm), ("String", description)])
    }
}

/// Indented XML with escaped attribute values.
struct XMLBuilder {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ raw: String) {
        text += String(repeating: "  ", count: depth) + raw + "\n"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        line("<\(name)\(Self.render(attributes))>")
        depth += 1
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        line("<\(name)\(Self.render(attributes)) />")
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// Escapes what XML requires in an attribute value and drops what XML 1.0 cannot hold at all.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#xA;"
            case "\r": out += "&#xD;"
            case "\t": out += "&#x9;"
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xD800...0xDFFF).contains(value) && value != 0xFFFE && value != 0xFFFF
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
