/// Maps the translated or transliterated names of a machine-translated page back to the
/// English names its JSON keeps.
///
/// Tables on such pages sometimes carry `ластмодифиеддатетиме` or `область` where the
/// English page has `lastModifiedDateTime` or `scope`, but the JSON representation and the
/// examples are left in English. Each name is matched, in order of confidence:
/// 1. by sound, comparing its transliteration with the unused English names;
/// 2. by position, when the rows around it are anchored to JSON keys and the gap between
///    them holds as many unused keys as unmapped rows (only where the rows follow the JSON's
///    order, that is for properties, never for relationships).
/// A name that neither step maps is reported and dropped: no non-ASCII name leaves extraction.
enum NameRecovery {
    struct Row {
        var name: String
        /// Whether rows of this kind are written in the same order as the candidates.
        var followsCandidateOrder: Bool
    }

    /// The minimum similarity for a match by sound.
    static let soundThreshold = 0.75

    /// At most this many name-to-key comparisons by sound per table (500 names × 500 keys):
    /// each costs an edit distance, so a page of 1,500 translated rows and 1,500 keys took
    /// minutes. Real tables have under 200 rows; beyond the limit, names are matched by
    /// position only, and those left are reported as usual.
    static let maximumSoundComparisons = 250_000

    /// What `recover` found: a name or nil for each row, and whether the table was too large to match by sound.
    struct Recovery {
        var names: [String?]
        var matchedBySound: Bool
    }

    /// Returns, for each row, its English name or nil when it cannot be mapped.
    /// Rows whose names are already ASCII identifiers keep them.
    static func recover(_ rows: [Row], candidates allCandidates: [String]) -> Recovery {
        var result: [String?] = rows.map { Identifier.isValid($0.name) ? $0.name : nil }
        guard result.contains(where: { $0 == nil }) else { return Recovery(names: result, matchedBySound: true) }

        // The candidates in their written order, once each; those an ASCII row already names are taken.
        var keys: [String] = []
        var position: [String: Int] = [:]
        for candidate in allCandidates where !candidate.hasPrefix("@") && Identifier.isValid(candidate) {
            let key = candidate.lowercased()
            if position[key] == nil {
                position[key] = keys.count
                keys.append(candidate)
            }
        }
        var taken = Set(result.compactMap { $0.flatMap { position[$0.lowercased()] } })

        // 1. By sound: best pairs first, each side used once.
        let canonicalKeys = keys.map { Transliteration.canonical($0) }
        var pairs: [(score: Double, row: Int, key: Int)] = []
        let unmapped = result.lazy.filter { $0 == nil }.count
        let matchedBySound = unmapped.multipliedReportingOverflow(by: keys.count - taken.count).partialValue <= maximumSoundComparisons
        for (rowIndex, row) in rows.enumerated() where result[rowIndex] == nil && matchedBySound {
            let spoken = Transliteration.canonical(Transliteration.latin(row.name))
            guard !spoken.isEmpty else { continue }
            for (keyIndex, key) in canonicalKeys.enumerated() where !taken.contains(keyIndex) {
                let score = Transliteration.similarity(spoken, key)
                if score >= soundThreshold { pairs.append((score, rowIndex, keyIndex)) }
            }
        }
        pairs.sort { ($0.score, -$0.row, -$0.key) > ($1.score, -$1.row, -$1.key) }
        for pair in pairs where result[pair.row] == nil && !taken.contains(pair.key) {
            result[pair.row] = keys[pair.key]
            taken.insert(pair.key)
        }

        // 2. By position, between anchored rows, in rows that follow the candidates' order.
        var anchor = -1
        var gap: [Int] = []
        func closeGap(before next: Int) {
            defer { gap = [] }
            guard !gap.isEmpty, next > anchor + 1 else { return }
            let free = ((anchor + 1)..<next).filter { !taken.contains($0) }
            guard free.count == gap.count else { return }
            for (row, key) in zip(gap, free) {
                result[row] = keys[key]
                taken.insert(key)
            }
        }
        for row in rows.indices where rows[row].followsCandidateOrder {
            if let name = result[row] {
                // A row whose name is not among the candidates says nothing about positions.
                guard let at = position[name.lowercased()], at > anchor else { continue }
                closeGap(before: at)
                anchor = at
            } else {
                gap.append(row)
            }
        }
        closeGap(before: keys.count)
        return Recovery(names: result, matchedBySound: matchedBySound)
    }
}
