import Dispatch

/// `map` over both cores, for CPU-bound work on values already in memory. Results keep the
/// input order.
enum ParallelMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let results = ResultSlots<Result>(count: elements.count)
        // Chunks of several elements, so that scheduling costs little against the work.
        let chunkSize = max(1, elements.count / (Pipeline.defaultConcurrency * 8))
        let chunks = (elements.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = chunk * chunkSize..<min(elements.count, (chunk + 1) * chunkSize)
            for index in range { results.store(transform(elements[index]), at: index) }
        }
        return results.values()
    }
}

/// One slot per result, each written by exactly one iteration, read after all have finished.
/// The slots are raw memory, not an array property, so that concurrent writes to different
/// slots are not overlapping accesses to one variable.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = UnsafeMutableBufferPointer.allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    /// The results, moved out of their slots, which are left empty.
    func values() -> [Value] {
        var slots = slots
        return slots.takeValues()
    }
}
