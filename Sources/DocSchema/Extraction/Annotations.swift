/// Reads ApiDoctor annotations: `<!-- { "blockType": "resource", … } -->`.
enum Annotations {
    enum Outcome {
        case annotation(Annotation)
        /// The comment looked like an annotation but held no JSON object.
        case invalid(offset: Int)
        /// An ordinary comment or other HTML.
        case none
    }

    /// Parses an HTML block. `offset` is where the block starts in the parsed text.
    static func parse(_ literal: String, offset: Int, position: (Int) -> SourcePosition) -> Outcome {
        let bytes = Array(literal.utf8)
        guard let open = ByteSearch.firstIndex(of: Array("<!--".utf8), in: bytes, from: 0) else { return .none }
        var start = open + 4
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { return .none }
        let end = ByteSearch.firstIndex(of: Array("-->".utf8), in: bytes, from: start) ?? bytes.count
        let result = LenientJSONParser.parse(Array(bytes[start..<end]))
        guard let object = result.value, case .object = object else { return .invalid(offset: offset) }

        func string(_ key: String) -> String? {
            guard let value = object[key] else { return nil }
            if case .string(let text) = value, !text.isEmpty { return text }
            return nil
        }
        var annotation = Annotation(position: position(offset))
        annotation.blockType = string("blockType")
        // Some pages write "@type" for "@odata.type".
        annotation.odataType = string("@odata.type") ?? string("@type")
        annotation.baseType = string("baseType")
        annotation.keyProperty = string("keyProperty")
        annotation.isOpenType = object["openType"]?.boolValue
        annotation.isTruncated = object["truncated"]?.boolValue
        annotation.isCollection = object["isCollection"]?.boolValue
        annotation.name = string("name")
        if let elements = object["optionalProperties"]?.elements {
            annotation.optionalProperties = elements.compactMap(\.stringValue)
        }
        return .annotation(annotation)
    }
}

extension Annotation {
    init(position: SourcePosition) {
        self.position = position
    }
}
