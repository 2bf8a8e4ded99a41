import Foundation

/// Finds the types an example's JSON reveals: every object that names its type with
/// `@odata.type`, with its keys and the types their values suggest.
///
/// Complex types are often documented nowhere but in examples (seed 000's
/// `deviceManagementTroubleshootingErrorDetails`). What examples say is the weakest evidence
/// Reconcile has: it never overrides a table.
enum ExampleTypes {
    /// A typed object found in an example.
    struct Found {
        var type: String
        var properties: [(name: String, type: TypeRef)]
    }

    /// Whether a body written as `text` can hold a typed object: only if it names
    /// `@odata.type`, as written or through a `\u` escape. Most bodies do not, and need no walk.
    static func mayHoldTypedObjects(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.containsBytes("@odata.type") || text.containsBytes("\\u")
    }

    /// Calls `found` for each typed object in `value`, outermost first.
    static func collect(from value: JSONValue, isRepresentation: Bool, found: (Found) -> Void) {
        switch value {
        case .object(let members):
            if let type = typeName(of: value) {
                let properties = members.compactMap { member -> (name: String, type: TypeRef)? in
                    guard !member.key.utf8.contains(UInt8(ascii: "@")), Identifier.isValid(member.key),
                          let ref = infer(member.value, isRepresentation: isRepresentation)
                    else { return nil }
                    return (member.key, ref)
                }
                found(Found(type: type, properties: properties))
            }
            // Only objects and arrays can hold typed objects; the walk does not step into the
            // strings and numbers that make up most of a body.
            for index in members.indices where members[index].value.isContainer {
                collect(from: members[index].value, isRepresentation: isRepresentation, found: found)
            }
        case .array(let elements):
            for index in elements.indices where elements[index].isContainer {
                collect(from: elements[index], isRepresentation: isRepresentation, found: found)
            }
        default:
            break
        }
    }

    /// The qualified type an object names: `"@odata.type": "#microsoft.graph.x"`.
    static func typeName(of value: JSONValue) -> String? {
        guard var name = value["@odata.type"]?.stringValue else { return nil }
        if name.hasPrefix("#") { name.removeFirst() }
        guard Identifier.isQualified(name), name.hasLowercasedPrefix("microsoft.") else { return nil }
        return name
    }

    /// The type a JSON value suggests, or nil when it says nothing (null, an empty array, an
    /// object without a type).
    static func infer(_ value: JSONValue, isRepresentation: Bool) -> TypeRef? {
        switch value {
        case .null:
            return nil
        case .bool:
            return .edm("Boolean")
        case .number(let text):
            if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .edm("Double") }
            if let number = Int64(text), number > Int64(Int32.max) || number < Int64(Int32.min) { return .edm("Int64") }
            return .edm("Int32")
        case .string(let text):
            return isRepresentation ? placeholderType(text) : .edm(stringType(text))
        case .object:
            return typeName(of: value).map { TypeRef($0) }
        case .array(let elements):
            guard let first = elements.first, var element = infer(first, isRepresentation: isRepresentation) else { return nil }
            element.isCollection = true
            return element
        }
    }

    /// Representation blocks write types, not values: "String", "String (timestamp)",
    /// "@odata.type: microsoft.graph.alertFeedback".
    static func placeholderType(_ text: String) -> TypeRef? {
        let trimmed = text.droppingPrefix("@odata.type:").trimmingSpaces()
        if Identifier.isQualified(trimmed) { return TypeRef(trimmed) }
        let words = Identifier.tokens(in: trimmed).map { $0.lowercased() }
        if words.contains("timestamp") || words.contains("datetimeoffset") { return .edm("DateTimeOffset") }
        if words.contains("duration") { return .edm("Duration") }
        guard let first = words.first, let primitive = TypeExpression.primitives[first] else { return .edm("String") }
        return .edm(primitive)
    }

    /// Strings that look like dates, times or durations are most likely typed so.
    static func stringType(_ text: String) -> String {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
        }
        if bytes.count >= 16, digits(0..<4), bytes[4] == 0x2D, digits(5..<7), bytes[7] == 0x2D, digits(8..<10),
           bytes[10] == UInt8(ascii: "T"), digits(11..<13), bytes[13] == 0x3A {
            return "DateTimeOffset"
        }
        var body = bytes[...]
        if body.first == UInt8(ascii: "-") { body = body.dropFirst() }
        if body.count >= 3, body.first == UInt8(ascii: "P"),
           body.dropFirst().allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || "TDHMS.".utf8.contains($0) }),
           body.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            return "Duration"
        }
        return "String"
    }
}
