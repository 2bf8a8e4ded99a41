/// The names in a slash-separated path, read on bytes. Every page asks a few of these
/// questions; splitting its path into an array of substrings for each cost more than the answer.
/// Empty components (`a//b`, a trailing `/`) are skipped, as `split(separator: "/")` skips them.
enum PathNames {
    /// The last name: `user-get.md` in `v1.0/api/user-get.md`; nil for a path of slashes.
    static func last(_ path: String) -> Substring? {
        lastTwo(path).last
    }

    /// The name before the last: `api` in `v1.0/api/user-get.md`; nil when there is none.
    static func folder(_ path: String) -> Substring? {
        lastTwo(path).folder
    }

    /// Whether some name in the path is `name`, ignoring ASCII case. `name` is lower-case ASCII.
    static func contains(_ path: String, _ name: String) -> Bool {
        let target = Array(name.utf8)
        var start = path.utf8.startIndex
        while start < path.utf8.endIndex {
            let end = path.utf8[start...].firstIndex(of: UInt8(ascii: "/")) ?? path.utf8.endIndex
            if path.utf8[start..<end].elementsEqual(target, by: { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }) {
                return true
            }
            start = end == path.utf8.endIndex ? end : path.utf8.index(after: end)
        }
        return false
    }

    private static func lastTwo(_ path: String) -> (folder: Substring?, last: Substring?) {
        let utf8 = path.utf8
        var last: Substring?
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/"))
            let start = slash.map { utf8.index(after: $0) } ?? utf8.startIndex
            if start < end {
                let name = Substring(utf8[start..<end])
                if last == nil { last = name } else { return (name, last) }
            }
            guard let slash else { break }
            end = slash
        }
        return (nil, last)
    }
}
