extension UnsafeBufferPointer<UInt8> {
    /// The bytes in `range`, decoded as UTF-8 (an ill-formed sequence reads as U+FFFD).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
