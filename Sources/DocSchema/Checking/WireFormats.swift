/// How Graph's JSON writes primitive values: which JSON kinds each Edm type accepts, and the
/// text forms of dates, times and durations. Lenient where clients are: a date-time without a
/// zone offset is accepted.
enum WireFormats {
    /// The JSON kinds a primitive type accepts, or nil for types any value may stand for.
    static func acceptedKinds(ofPrimitive name: String) -> Set<JSONKind>? {
        switch name {
        case "Edm.Boolean": [.bool]
        case "Edm.Int32", "Edm.Int16", "Edm.Byte", "Edm.SByte": [.number]
        // OData writes 64-bit and decimal numbers as strings for IEEE 754 clients, and INF and NaN as strings.
        case "Edm.Int64", "Edm.Double", "Edm.Single", "Edm.Decimal": [.number, .string]
        case "Edm.String", "Edm.Guid", "Edm.DateTimeOffset", "Edm.Date", "Edm.TimeOfDay", "Edm.Duration", "Edm.Binary":
            [.string]
        default: nil
        }
    }

    /// Whether `text` is written as the date, time or duration type `name` requires; nil for other types.
    static func isValid(_ text: String, as name: String) -> Bool? {
        let bytes = Array(text.utf8)
        switch name {
        case "Edm.DateTimeOffset": return isDateTime(bytes)
        case "Edm.Date": return bytes.count == 10 && isDate(bytes[...])
        case "Edm.TimeOfDay": return isTime(bytes[...])
        case "Edm.Duration": return isDuration(bytes)
        default: return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// `yyyy-mm-dd` with a real month and day.
    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              number(bytes[start..<start + 4]) != nil,
              let month = number(bytes[start + 5..<start + 7]), let day = number(bytes[start + 8..<start + 10])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fffffff`.
    private static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard bytes.count >= 5, bytes[start + 2] == UInt8(ascii: ":"),
              let hour = number(bytes[start..<start + 2]), let minute = number(bytes[start + 3..<start + 5]),
              hour <= 23, minute <= 59
        else { return false }
        if bytes.count == 5 { return true }
        guard bytes.count >= 8, bytes[start + 5] == UInt8(ascii: ":"), let second = number(bytes[start + 6..<start + 8]),
              second <= 60
        else { return false }
        if bytes.count == 8 { return true }
        return bytes[start + 8] == UInt8(ascii: ".") && bytes.count > 9 && bytes[(start + 9)...].allSatisfy(isDigit)
    }

    /// A date, `T`, a time, and then `Z`, `±hh:mm` or nothing.
    private static func isDateTime(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 16, isDate(bytes[0..<10]), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t")
        else { return false }
        var end = bytes.count
        if bytes[end - 1] == UInt8(ascii: "Z") || bytes[end - 1] == UInt8(ascii: "z") {
            end -= 1
        } else if end >= 22, bytes[end - 6] == UInt8(ascii: "+") || bytes[end - 6] == UInt8(ascii: "-"),
                  bytes[end - 3] == UInt8(ascii: ":"), let hours = number(bytes[end - 5..<end - 3]),
                  let minutes = number(bytes[end - 2..<end]), hours <= 14, minutes <= 59 {
            end -= 6
        }
        return isTime(bytes[11..<end])
    }

    /// ISO 8601 `[-]PnDTnHnMn.nS` (years, months and weeks are accepted too): `P`, at least one
    /// number with its designator, and a `T` before any time part.
    private static func isDuration(_ bytes: [UInt8]) -> Bool {
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        guard index < bytes.count, bytes[index] == UInt8(ascii: "P") else { return false }
        index += 1
        var inTime = false
        var parts = 0
        var digits = 0
        var sawFraction = false
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: ".") {
                guard digits > 0, !sawFraction else { return false }
                sawFraction = true
                digits = 0
            } else if byte == UInt8(ascii: "T") {
                guard !inTime, digits == 0 else { return false }
                inTime = true
            } else {
                let designators: [UInt8] = inTime ? Array("HMS".utf8) : Array("YMWD".utf8)
                guard digits > 0, designators.contains(byte), !sawFraction || byte == UInt8(ascii: "S") else { return false }
                parts += 1
                digits = 0
                sawFraction = false
            }
            index += 1
        }
        return parts > 0 && digits == 0
    }
}

/// The kind of a JSON value, for messages and for matching against documented types.
enum JSONKind: String, Sendable {
    case null, bool, number, string, array, object

    /// The kind as a message names it: "a string", "an object".
    var phrase: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .bool
        case .number: self = .number
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }
}
