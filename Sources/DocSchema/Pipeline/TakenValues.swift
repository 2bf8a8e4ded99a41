extension MutableCollection {
    /// The values of the elements that have one, in order, moved out and the elements left nil:
    /// a copy would retain everything each value holds, only to release it with the collection.
    mutating func takeValues<Wrapped>() -> [Wrapped] where Element == Wrapped? {
        var values: [Wrapped] = []
        values.reserveCapacity(count)
        for index in indices {
            if let value = self[index].take() { values.append(value) }
        }
        return values
    }
}
