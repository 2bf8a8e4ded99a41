import Foundation

/// Compares a transliterated Cyrillic name (`ластмодифиеддатетиме`) with an English
/// identifier (`lastModifiedDateTime`) by sound rather than by spelling.
enum Transliteration {
    private static let letters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "э": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ь": "",
        "ы": "y", "ю": "yu", "я": "ya",
    ]

    /// Latin letters for a Cyrillic text, lower-cased; other letters and digits are kept.
    static func latin(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if let mapped = letters[character] {
                out += mapped
            } else if character.isLetter || character.isNumber {
                out.append(character)
            }
        }
        return out
    }

    /// A spelling that hides the differences transliteration introduces (c/k/q, w/v, y/i/j…).
    static func canonical(_ latinText: String) -> String {
        var text = latinText.lowercased()
        for (from, to) in [("ck", "k"), ("ph", "f"), ("th", "t"), ("x", "ks"), ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i")] {
            text = text.replacingAll(from, with: to)
        }
        return text
    }

    /// Similarity of two strings in 0…1: one minus the edit distance over the longer length.
    static func similarity(_ a: String, _ b: String) -> Double {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...max(left.count, 1) where !left.isEmpty {
            current[0] = i
            for j in 1...max(right.count, 1) where !right.isEmpty {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        let distance = left.isEmpty ? right.count : (right.isEmpty ? left.count : previous[right.count])
        return 1 - Double(distance) / Double(max(left.count, right.count))
    }
}
