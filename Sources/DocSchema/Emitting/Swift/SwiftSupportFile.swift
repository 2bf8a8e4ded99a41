/// The support file emitted beside the models: everything they need beyond Foundation, so
/// that a folder of generated Swift compiles and decodes on its own.
enum SwiftSupportFile {
    static let name = "GraphSupport.swift"

    /// The file's source, with `access` (`"public "` or `""`) before each declaration meant for users.
    static func source(access: String) -> String {
        #"""
        // MARK: - Models

        /// What every generated model type offers: its OData type name, the `@odata.type` it was
        /// decoded with, and the JSON members the documentation does not describe.
        \#(access)protocol GraphModel: Codable, Hashable, Sendable {
            /// The OData type name that `@odata.type` carries for this type, such as `#microsoft.graph.entity`.
            static var odataTypeName: Swift.String { get }
            /// The `@odata.type` member, when the JSON had one.
            var odataType: Swift.String? { get set }
            /// JSON members the documentation does not describe, and explicit `null`s of described ones,
            /// kept so that encoding writes them back. Set a described member's key to `.null` here to
            /// send an explicit `null`, such as to clear a property in a PATCH.
            var additionalData: [Swift.String: JSONValue] { get set }
        }

        /// A documented enumeration that stays open: values the documentation does not list decode
        /// as `undocumented(_:)` instead of failing.
        \#(access)protocol GraphEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
        where RawValue == Swift.String {
            /// Every documented member, in the documented order.
            static var documentedCases: [Self] { get }
            init(rawValue: Swift.String)
        }

        extension GraphEnum {
            \#(access)var description: Swift.String { rawValue }

            // Values are the same when their wire text is: equality and hashing both go by `rawValue`.
            \#(access)static func == (lhs: Self, rhs: Self) -> Swift.Bool { lhs.rawValue == rhs.rawValue }

            \#(access)func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

            \#(access)init(from decoder: any Decoder) throws {
                self.init(rawValue: try decoder.singleValueContainer().decode(Swift.String.self))
            }

            \#(access)func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }
        }

        /// Stores a value out of line, so that types which refer to each other keep a finite size.
        \#(access)indirect enum GraphIndirect<Wrapped: Hashable & Sendable>: Hashable, Sendable {
            case value(Wrapped)

            \#(access)init(_ value: Wrapped) { self = .value(value) }

            \#(access)var wrapped: Wrapped {
                switch self {
                case .value(let value): value
                }
            }
        }

        // MARK: - JSON values

        /// Any JSON value, for members the documentation does not describe.
        \#(access)enum JSONValue: Codable, Hashable, Sendable {
            case null
            case bool(Swift.Bool)
            case integer(Swift.Int64)
            case double(Swift.Double)
            case string(Swift.String)
            case array([JSONValue])
            case object([Swift.String: JSONValue])

            \#(access)init(from decoder: any Decoder) throws {
                if let container = try? decoder.container(keyedBy: GraphCodingKey.self) {
                    var object: [Swift.String: JSONValue] = [:]
                    for key in container.allKeys {
                        object[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
                    }
                    self = .object(object)
                    return
                }
                if var container = try? decoder.unkeyedContainer() {
                    var array: [JSONValue] = []
                    while !container.isAtEnd {
                        array.append(try container.decode(JSONValue.self))
                    }
                    self = .array(array)
                    return
                }
                let container = try decoder.singleValueContainer()
                if container.decodeNil() {
                    self = .null
                } else if let value = try? container.decode(Swift.Bool.self) {
                    self = .bool(value)
                } else if let value = try? container.decode(Swift.Int64.self) {
                    self = .integer(value)
                } else if let value = try? container.decode(Swift.Double.self) {
                    self = .double(value)
                } else {
                    self = .string(try container.decode(Swift.String.self))
                }
            }

            \#(access)func encode(to encoder: any Encoder) throws {
                switch self {
                case .object(let object):
                    var container = encoder.container(keyedBy: GraphCodingKey.self)
                    for (key, value) in object {
                        try container.encode(value, forKey: GraphCodingKey(key))
                    }
                case .array(let array):
                    var container = encoder.unkeyedContainer()
                    for value in array { try container.encode(value) }
                case .null:
                    var container = encoder.singleValueContainer()
                    try container.encodeNil()
                case .bool(let value):
                    var container = encoder.singleValueContainer()
                    try container.encode(value)
                case .integer(let value):
                    var container = encoder.singleValueContainer()
                    try container.encode(value)
                case .double(let value):
                    try GraphDoubleCoding(value).encode(to: encoder)
                case .string(let value):
                    var container = encoder.singleValueContainer()
                    try container.encode(value)
                }
            }
        }

        /// A coding key made from any string, for `additionalData` and `@odata.type`.
        struct GraphCodingKey: CodingKey {
            let stringValue: Swift.String
            var intValue: Swift.Int? { nil }

            init(_ string: Swift.String) { stringValue = string }
            init?(stringValue: Swift.String) { self.stringValue = stringValue }
            init?(intValue: Swift.Int) { nil }

            static let odataType = GraphCodingKey("@odata.type")
        }

        // MARK: - Durations, dates and times

        /// An ISO 8601 duration such as `P1DT2H` or `-PT1M32.1347897S`. It keeps the text it was
        /// made from, so it encodes back exactly as it was written.
        \#(access)struct GraphDuration: Codable, Hashable, Sendable, CustomStringConvertible {
            /// The duration as written.
            \#(access)let text: Swift.String

            \#(access)init(text: Swift.String) { self.text = text }

            /// A duration of whole and fractional seconds, written as `PT…S` (with a leading `-` when negative).
            \#(access)init(_ duration: Swift.Duration) {
                let (seconds, attoseconds) = duration.components
                let negative = seconds < 0 || attoseconds < 0
                let whole = seconds.magnitude
                let ticks = attoseconds.magnitude / 100_000_000_000
                var text = negative ? "-PT" : "PT"
                text += Swift.String(whole)
                if ticks > 0 {
                    var fraction = Swift.String(ticks)
                    fraction = Swift.String(repeating: "0", count: 7 - fraction.count) + fraction
                    while fraction.hasSuffix("0") { fraction.removeLast() }
                    text += "." + fraction
                }
                self.text = text + "S"
            }

            \#(access)var description: Swift.String { text }

            \#(access)var isNegative: Swift.Bool { text.hasPrefix("-") }

            /// The duration as a `Swift.Duration`, when it is exact: it has no years or months and is
            /// well formed. Days count as 24 hours.
            \#(access)var duration: Swift.Duration? {
                guard let parts = GraphDurationParts(text), parts.years == 0, parts.months == 0 else { return nil }
                let seconds = ((parts.days * 24 + parts.hours) * 60 + parts.minutes) * 60 + parts.seconds
                let value = Swift.Duration.seconds(seconds) + Swift.Duration.nanoseconds(parts.nanoseconds)
                return parts.isNegative ? .zero - value : value
            }

            \#(access)init(from decoder: any Decoder) throws {
                text = try decoder.singleValueContainer().decode(Swift.String.self)
            }

            \#(access)func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(text)
            }
        }

        /// The fields of an ISO 8601 duration, read without Foundation's help.
        struct GraphDurationParts {
            var isNegative = false
            var years: Swift.Int64 = 0
            var months: Swift.Int64 = 0
            var days: Swift.Int64 = 0
            var hours: Swift.Int64 = 0
            var minutes: Swift.Int64 = 0
            var seconds: Swift.Int64 = 0
            var nanoseconds: Swift.Int64 = 0

            init?(_ text: Swift.String) {
                var bytes = Swift.Array(text.utf8)[...]
                if bytes.first == UInt8(ascii: "-") {
                    isNegative = true
                    bytes = bytes.dropFirst()
                } else if bytes.first == UInt8(ascii: "+") {
                    bytes = bytes.dropFirst()
                }
                guard bytes.first == UInt8(ascii: "P") || bytes.first == UInt8(ascii: "p") else { return nil }
                bytes = bytes.dropFirst()
                var inTime = false
                var sawField = false
                while let first = bytes.first {
                    if first == UInt8(ascii: "T") || first == UInt8(ascii: "t") {
                        inTime = true
                        bytes = bytes.dropFirst()
                        continue
                    }
                    var whole: Swift.Int64 = 0
                    var digits = 0
                    while let digit = bytes.first, digit >= 0x30, digit <= 0x39 {
                        let (product, overflow1) = whole.multipliedReportingOverflow(by: 10)
                        let (sum, overflow2) = product.addingReportingOverflow(Swift.Int64(digit - 0x30))
                        guard !overflow1, !overflow2 else { return nil }
                        whole = sum
                        digits += 1
                        bytes = bytes.dropFirst()
                    }
                    var fraction: Swift.Int64 = 0
                    if bytes.first == UInt8(ascii: ".") || bytes.first == UInt8(ascii: ",") {
                        bytes = bytes.dropFirst()
                        var scale: Swift.Int64 = 100_000_000
                        while let digit = bytes.first, digit >= 0x30, digit <= 0x39 {
                            fraction += Swift.Int64(digit - 0x30) * scale
                            scale /= 10
                            digits += 1
                            bytes = bytes.dropFirst()
                        }
                    }
                    guard digits > 0, let designator = bytes.first else { return nil }
                    bytes = bytes.dropFirst()
                    switch (inTime, designator | 0x20) {
                    case (false, UInt8(ascii: "y")): years = whole
                    case (false, UInt8(ascii: "m")): months = whole
                    case (false, UInt8(ascii: "w")): days += whole * 7
                    case (false, UInt8(ascii: "d")): days += whole
                    case (true, UInt8(ascii: "h")): hours = whole
                    case (true, UInt8(ascii: "m")): minutes = whole
                    case (true, UInt8(ascii: "s")):
                        seconds = whole
                        nanoseconds = fraction
                    default: return nil
                    }
                    sawField = true
                }
                guard sawField else { return nil }
            }
        }

        /// A value written in JSON as text of its own form, read with `init?(_:)` and written as `description`.
        \#(access)protocol GraphTextValue: Codable, CustomStringConvertible {
            /// The form the text must have, for the error when it does not.
            static var expectedForm: Swift.String { get }
            init?(_ text: Swift.String)
        }

        extension GraphTextValue {
            \#(access)init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                let text = try container.decode(Swift.String.self)
                guard let value = Self(text) else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "Expected \(Self.expectedForm), found \"\(text)\""
                    )
                }
                self = value
            }

            \#(access)func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(description)
            }
        }

        /// A calendar date without a time or time zone (OData `Edm.Date`), written `yyyy-mm-dd`.
        \#(access)struct GraphDate: GraphTextValue, Hashable, Comparable, Sendable {
            \#(access)var year: Swift.Int
            \#(access)var month: Swift.Int
            \#(access)var day: Swift.Int

            \#(access)init(year: Swift.Int, month: Swift.Int, day: Swift.Int) {
                self.year = year
                self.month = month
                self.day = day
            }

            /// Reads `yyyy-mm-dd`; nil for anything else.
            \#(access)init?(_ text: Swift.String) {
                let fields = text.split(separator: "-", omittingEmptySubsequences: false)
                guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
                    let year = Swift.Int(fields[0]), let month = Swift.Int(fields[1]), let day = Swift.Int(fields[2]),
                    (1...12).contains(month), (1...31).contains(day)
                else { return nil }
                self.init(year: year, month: month, day: day)
            }

            \#(access)var description: Swift.String {
                GraphDigits.pad(year, 4) + "-" + GraphDigits.pad(month, 2) + "-" + GraphDigits.pad(day, 2)
            }

            \#(access)static func < (lhs: GraphDate, rhs: GraphDate) -> Swift.Bool {
                (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
            }

            \#(access)static let expectedForm = "a date as yyyy-mm-dd"
        }

        /// A time of day without a date or time zone (OData `Edm.TimeOfDay`), written
        /// `hh:mm:ss` with up to seven fraction digits.
        \#(access)struct GraphTimeOfDay: GraphTextValue, Hashable, Comparable, Sendable {
            \#(access)var hour: Swift.Int
            \#(access)var minute: Swift.Int
            \#(access)var second: Swift.Int
            /// The fraction of the second, in units of 100 nanoseconds (0 to 9,999,999).
            \#(access)var ticks: Swift.Int

            \#(access)init(hour: Swift.Int, minute: Swift.Int, second: Swift.Int = 0, ticks: Swift.Int = 0) {
                self.hour = hour
                self.minute = minute
                self.second = second
                self.ticks = ticks
            }

            /// Reads `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fffffff`; nil for anything else.
            \#(access)init?(_ text: Swift.String) {
                let fields = text.split(separator: ":", omittingEmptySubsequences: false)
                guard fields.count == 2 || fields.count == 3,
                    let hour = Swift.Int(fields[0]), let minute = Swift.Int(fields[1]),
                    (0...23).contains(hour), (0...59).contains(minute)
                else { return nil }
                var second = 0
                var ticks = 0
                if fields.count == 3 {
                    let parts = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                    guard let whole = Swift.Int(parts[0]), (0...59).contains(whole) else { return nil }
                    second = whole
                    if parts.count == 2 {
                        guard let fraction = GraphDigits.ticks(Swift.String(parts[1])) else { return nil }
                        ticks = fraction
                    }
                }
                self.init(hour: hour, minute: minute, second: second, ticks: ticks)
            }

            \#(access)var description: Swift.String {
                var text = GraphDigits.pad(hour, 2) + ":" + GraphDigits.pad(minute, 2) + ":" + GraphDigits.pad(second, 2)
                if ticks > 0 { text += "." + GraphDigits.pad(ticks, 7) }
                return text
            }

            \#(access)static func < (lhs: GraphTimeOfDay, rhs: GraphTimeOfDay) -> Swift.Bool {
                (lhs.hour, lhs.minute, lhs.second, lhs.ticks) < (rhs.hour, rhs.minute, rhs.second, rhs.ticks)
            }

            \#(access)static let expectedForm = "a time as hh:mm:ss"
        }

        /// Reads and writes `Edm.DateTimeOffset` text: any offset and up to seven fraction digits
        /// in, UTC with exactly seven fraction digits out, whatever the JSON coder's date strategy.
        \#(access)enum GraphDateTime {
            private static let secondsFrom1970To2001: Swift.Int64 = 978_307_200

            /// Reads `yyyy-mm-ddThh:mm[:ss[.fffffff]][Z|±hh:mm]`; a missing offset means UTC.
            \#(access)static func date(from text: Swift.String) -> Foundation.Date? {
                let bytes = Swift.Array(text.utf8)
                var index = 0
                func number(_ width: Swift.Int) -> Swift.Int? {
                    guard index + width <= bytes.count else { return nil }
                    var value = 0
                    for byte in bytes[index..<(index + width)] {
                        guard byte >= 0x30, byte <= 0x39 else { return nil }
                        value = value * 10 + Swift.Int(byte - 0x30)
                    }
                    index += width
                    return value
                }
                func skip(_ character: Swift.Character) -> Swift.Bool {
                    guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
                    index += 1
                    return true
                }
                guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
                    (1...12).contains(month), (1...31).contains(day)
                else { return nil }
                var hour = 0
                var minute = 0
                var second = 0
                var ticks = 0
                if skip("T") || skip("t") || skip(" ") {
                    guard let h = number(2), skip(":"), let m = number(2), h <= 24, m <= 59 else { return nil }
                    hour = h
                    minute = m
                    if skip(":") {
                        guard let s = number(2), s <= 60 else { return nil }
                        second = s
                        if skip(".") || skip(",") {
                            let start = index
                            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                            let digits = Swift.String(decoding: bytes[start..<index], as: UTF8.self)
                            guard let fraction = GraphDigits.ticks(digits) else { return nil }
                            ticks = fraction
                        }
                    }
                }
                var offsetMinutes = 0
                if skip("Z") || skip("z") {
                } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                    index += 1
                    guard let h = number(2) else { return nil }
                    _ = skip(":")
                    let m = number(2) ?? 0
                    offsetMinutes = sign * (h * 60 + m)
                }
                guard index == bytes.count else { return nil }
                let days = Swift.Int64(GraphDigits.daysFrom1970(year: year, month: month, day: day))
                let seconds = days * 86_400 + Swift.Int64(hour * 3_600 + minute * 60 + second - offsetMinutes * 60)
                // Counting from 2001 rather than 1970 keeps the magnitude, and so the rounding error, small.
                let sinceReference = Swift.Double(seconds - secondsFrom1970To2001) + Swift.Double(ticks) / 10_000_000
                return Foundation.Date(timeIntervalSinceReferenceDate: sinceReference)
            }

            /// Writes `yyyy-mm-ddThh:mm:ss.fffffffZ`.
            \#(access)static func string(from date: Foundation.Date) -> Swift.String {
                let interval = date.timeIntervalSinceReferenceDate
                guard interval.isFinite else { return "0001-01-01T00:00:00.0000000Z" }
                var whole = interval.rounded(.down)
                var ticks = ((interval - whole) * 10_000_000).rounded()
                // A Date is a Double: from 2018-01-19 on its step is 119 ns, more than one tick, so
                // about one value in six comes back one tick (100 ns) away from the text it was read from.
                if ticks >= 10_000_000 {
                    whole += 1
                    ticks -= 10_000_000
                }
                let seconds = Swift.Int64(whole) + secondsFrom1970To2001
                let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
                let secondOfDay = Swift.Int(seconds - days * 86_400)
                let (year, month, day) = GraphDigits.civil(daysFrom1970: Swift.Int(days))
                return GraphDigits.pad(year, 4) + "-" + GraphDigits.pad(month, 2) + "-" + GraphDigits.pad(day, 2)
                    + "T" + GraphDigits.pad(secondOfDay / 3_600, 2) + ":" + GraphDigits.pad(secondOfDay / 60 % 60, 2)
                    + ":" + GraphDigits.pad(secondOfDay % 60, 2) + "." + GraphDigits.pad(Swift.Int(ticks), 7) + "Z"
            }
        }

        /// Small numeric helpers for the date and time types.
        enum GraphDigits {
            static func pad(_ value: Swift.Int, _ width: Swift.Int) -> Swift.String {
                let digits = Swift.String(value.magnitude)
                let padded = digits.count < width ? Swift.String(repeating: "0", count: width - digits.count) + digits : digits
                return value < 0 ? "-" + padded : padded
            }

            /// Up to seven fraction digits as 100-nanosecond ticks; further digits are dropped.
            static func ticks(_ digits: Swift.String) -> Swift.Int? {
                guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
                var value = 0
                var count = 0
                for byte in digits.utf8.prefix(7) {
                    value = value * 10 + Swift.Int(byte - 0x30)
                    count += 1
                }
                for _ in count..<7 { value *= 10 }
                return value
            }

            /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
            static func daysFrom1970(year: Swift.Int, month: Swift.Int, day: Swift.Int) -> Swift.Int {
                let y = month <= 2 ? year - 1 : year
                let era = (y >= 0 ? y : y - 399) / 400
                let yearOfEra = y - era * 400
                let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
                let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
                return era * 146_097 + dayOfEra - 719_468
            }

            /// The inverse of `daysFrom1970`.
            static func civil(daysFrom1970 days: Swift.Int) -> (year: Swift.Int, month: Swift.Int, day: Swift.Int) {
                let z = days + 719_468
                let era = (z >= 0 ? z : z - 146_096) / 146_097
                let dayOfEra = z - era * 146_097
                let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
                let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
                let mp = (5 * dayOfYear + 2) / 153
                let day = dayOfYear - (153 * mp + 2) / 5 + 1
                let month = mp < 10 ? mp + 3 : mp - 9
                return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
            }
        }

        // MARK: - Scalar coding

        /// `Edm.DateTimeOffset` on the wire: text in, seven fraction digits out.
        struct GraphDateTimeCoding: Codable {
            let value: Foundation.Date

            init(_ value: Foundation.Date) { self.value = value }

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                let text = try container.decode(Swift.String.self)
                guard let date = GraphDateTime.date(from: text) else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "Expected an ISO 8601 date and time, found \"\(text)\""
                    )
                }
                value = date
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(GraphDateTime.string(from: value))
            }
        }

        /// `Edm.Int64` on the wire: a number, or a string when the service sends IEEE 754-compatible JSON.
        struct GraphInt64Coding: Codable {
            let value: Swift.Int64

            init(_ value: Swift.Int64) { self.value = value }

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Swift.Int64.self) {
                    value = number
                } else if let text = try? container.decode(Swift.String.self), let number = Swift.Int64(text) {
                    value = number
                } else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "Expected a 64-bit integer as a number or a string"
                    )
                }
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(value)
            }
        }

        /// `Edm.Double` on the wire: a number, or the strings `NaN`, `INF` and `-INF`.
        struct GraphDoubleCoding: Codable {
            let value: Swift.Double

            init(_ value: Swift.Double) { self.value = value }

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Swift.Double.self) {
                    value = number
                    return
                }
                let text = try container.decode(Swift.String.self)
                switch text {
                case "NaN": value = .nan
                case "INF", "Infinity": value = .infinity
                case "-INF", "-Infinity": value = -.infinity
                default:
                    guard let number = Swift.Double(text) else {
                        throw DecodingError.dataCorruptedError(
                            in: container, debugDescription: "Expected a number, NaN, INF or -INF, found \"\(text)\""
                        )
                    }
                    value = number
                }
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                if value.isNaN {
                    try container.encode("NaN")
                } else if value.isInfinite {
                    try container.encode(value < 0 ? "-INF" : "INF")
                } else {
                    try container.encode(value)
                }
            }
        }

        /// `Edm.Single` on the wire: as `Edm.Double`, narrowed to a `Float`.
        struct GraphFloatCoding: Codable {
            let value: Swift.Float

            init(_ value: Swift.Float) { self.value = value }

            init(from decoder: any Decoder) throws {
                value = Swift.Float(try GraphDoubleCoding(from: decoder).value)
            }

            func encode(to encoder: any Encoder) throws {
                try GraphDoubleCoding(Swift.Double(value)).encode(to: encoder)
            }
        }

        /// `Edm.Binary` on the wire: base64 or base64url, with or without padding.
        struct GraphBinaryCoding: Codable {
            let value: Foundation.Data

            init(_ value: Foundation.Data) { self.value = value }

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                let text = try container.decode(Swift.String.self)
                var standard = ""
                for character in text {
                    switch character {
                    case "-": standard.append("+")
                    case "_": standard.append("/")
                    case "=", " ", "\n", "\r", "\t": continue
                    default: standard.append(character)
                    }
                }
                let remainder = standard.utf8.count % 4
                if remainder > 0 { standard += Swift.String(repeating: "=", count: 4 - remainder) }
                guard let data = Foundation.Data(base64Encoded: standard) else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "Expected base64 data"
                    )
                }
                value = data
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(value.base64EncodedString())
            }
        }

        // MARK: - Container helpers

        extension Decoder {
            /// The members a model's coding keys do not name, plus the explicit `null`s of those it does.
            func graphAdditionalData<Key: CodingKey>(describedBy _: Key.Type) throws -> [Swift.String: JSONValue] {
                let container = try container(keyedBy: GraphCodingKey.self)
                var extra: [Swift.String: JSONValue] = [:]
                for key in container.allKeys {
                    if Key(stringValue: key.stringValue) == nil {
                        extra[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
                    } else if try container.decodeNil(forKey: key) {
                        extra[key.stringValue] = .null
                    }
                }
                return extra
            }

            /// The `@odata.type` of the JSON object being decoded, lower-cased and without its `#`;
            /// nil when it is missing or the value is not an object.
            func graphODataTypeKey() -> Swift.String? {
                guard let container = try? container(keyedBy: GraphCodingKey.self),
                    let name = try? container.decodeIfPresent(Swift.String.self, forKey: .odataType)
                else { return nil }
                return (name.hasPrefix("#") ? Swift.String(name.dropFirst()) : name).lowercased()
            }
        }

        extension Encoder {
            /// Writes the members a model's coding keys do not name (and the explicit `null`s of
            /// those left unset).
            func graphEncode<Key: CodingKey>(additionalData: [Swift.String: JSONValue], describedBy _: Key.Type) throws {
                guard !additionalData.isEmpty else { return }
                var container = container(keyedBy: GraphCodingKey.self)
                for (key, value) in additionalData where Key(stringValue: key) == nil {
                    try container.encode(value, forKey: GraphCodingKey(key))
                }
            }
        }

        extension KeyedEncodingContainer {
            /// Writes a value when it is set, and an explicit `null` when `additionalData` asks for one.
            mutating func graphEncode<Value: Encodable>(
                _ value: Value?, forKey key: Key, nulls additionalData: [Swift.String: JSONValue]
            ) throws {
                if let value {
                    try encode(value, forKey: key)
                } else if additionalData[key.stringValue] == .null {
                    try encodeNil(forKey: key)
                }
            }
        }
        """#
    }
}
