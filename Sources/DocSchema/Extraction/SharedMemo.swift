import Synchronization

/// Answers of a pure function, remembered across the pages read in parallel.
///
/// Pages repeat the same few hundred headings and Type cells ("Properties", "String",
/// "DateTimeOffset") thousands of times, and each took dozens of phrase searches or token
/// scans to read. The memo stops growing at `limit`, past which answers are computed afresh,
/// so a corpus of unique text costs a lookup, not unbounded memory.
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let answers = Mutex<[Key: Value]>([:])
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// The remembered answer for `key`, or `compute()`'s, remembered while there is room.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = answers.withLock({ $0[key] }) { return known }
        let value = compute()
        answers.withLock { answers in
            if answers.count < limit { answers[key] = value }
        }
        return value
    }
}
