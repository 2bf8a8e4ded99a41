import Foundation

/// A JSON value that keeps object members in their written order.
///
/// Not `indirect`: arrays already keep their elements on the heap, and a box for every value
/// was an allocation and a release for each of the millions of values in a corpus's examples.
public enum JSONValue: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue
        /// Byte offset of the key within the text the value was parsed from.
        public var offset: Int

        public init(key: String, value: JSONValue, offset: Int = 0) {
            self.key = key
            self.value = value
            self.offset = offset
        }
    }

    case null
    case bool(Bool)
    /// A number as written, so that 64-bit integers and long fractions survive untouched.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var boolValue: Bool? {
        switch self {
        case .bool(let value): value
        case .string(let text): text == "true" ? true : (text == "false" ? false : nil)
        default: nil
        }
    }

    public var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether the value is an object or an array.
    public var isContainer: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }

    public var elements: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }
}

extension JSONValue: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Key.self) {
            self = .object(try container.allKeys.map { key in
                Member(key: key.stringValue, value: try container.decode(JSONValue.self, forKey: key))
            })
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !container.isAtEnd { elements.append(try container.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Decimal.self) {
            self = .number("\(number)")
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let text):
            var container = encoder.singleValueContainer()
            if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) {
                try container.encode(decimal)
            } else {
                try container.encode(text)
            }
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
        }
    }
}
