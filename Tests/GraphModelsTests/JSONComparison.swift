import Foundation
import GraphModels

/// Compares two parsed JSON documents member by member. Date-time strings are equal when
/// they name the same instant and the second keeps the first's fraction digits (padded to
/// seven); everything else must be equal as JSON.
enum JSONComparison {
    static func differences(_ lhs: Any, _ rhs: Any, path: String = "$") -> [String] {
        switch (lhs, rhs) {
        case (let left as [String: Any], let right as [String: Any]):
            var result: [String] = []
            if Set(left.keys) != Set(right.keys) {
                result.append("\(path): keys \(left.keys.sorted()) vs \(right.keys.sorted())")
            }
            for key in left.keys.sorted() {
                if let value = right[key], let original = left[key] {
                    result += differences(original, value, path: path + "." + key)
                }
            }
            return result
        case (let left as [Any], let right as [Any]):
            guard left.count == right.count else { return ["\(path): \(left.count) vs \(right.count) elements"] }
            return zip(left, right).enumerated().flatMap { differences($0.element.0, $0.element.1, path: "\(path)[\($0.offset)]") }
        case (let left as String, let right as String):
            if left == right { return [] }
            if let first = GraphDateTime.date(from: left), let second = GraphDateTime.date(from: right),
                first == second, fractionDigits(left).padding(toLength: 7, withPad: "0", startingAt: 0) == fractionDigits(right)
            {
                return []
            }
            return ["\(path): \"\(left)\" vs \"\(right)\""]
        case (let left as NSNumber, let right as NSNumber):
            return left == right ? [] : ["\(path): \(left) vs \(right)"]
        case (is NSNull, is NSNull):
            return []
        default:
            return ["\(path): \(lhs) vs \(rhs)"]
        }
    }

    private static func fractionDigits(_ text: String) -> String {
        guard let dot = text.firstIndex(of: ".") else { return "" }
        return String(text[text.index(after: dot)...].prefix { $0.isNumber })
    }
}
