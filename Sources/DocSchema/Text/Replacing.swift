/// Literal replacement on UTF-8 bytes, without Foundation's `replacingOccurrences(of:with:)`,
/// which on Linux goes through NSString (4 % of a corpus run). UTF-8 is self-synchronising, so
/// a byte match of valid text always starts and ends on scalar boundaries: the result is the
/// same as Foundation's literal replacement.
extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        var source = self
        return source.withUTF8 { bytes -> String in
            let pattern = Array(target.utf8)
            guard let first = pattern.first, bytes.count >= pattern.count else { return self }
            var out: [UInt8] = []
            var index = 0
            var changed = false
            while index < bytes.count {
                if bytes[index] == first, index + pattern.count <= bytes.count,
                   bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    if !changed {
                        out.reserveCapacity(bytes.count)
                        out.append(contentsOf: bytes[..<index])
                        changed = true
                    }
                    out.append(contentsOf: replacement.utf8)
                    index += pattern.count
                } else {
                    if changed { out.append(bytes[index]) }
                    index += 1
                }
            }
            return changed ? String(decoding: out, as: UTF8.self) : self
        }
    }
}
