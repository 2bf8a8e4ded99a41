import Dispatch

/// Lets go of a large value on another thread. Freeing a whole corpus's claims and drafts
/// takes a tenth of a second at the end of a run, which the caller need not wait for.
enum BackgroundRelease {
    static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }

    /// Unchecked: the box is the value's only owner once handed over, and only the background
    /// block touches it after that.
    private final class Box<Held>: @unchecked Sendable {
        var value: Held?

        init(_ value: consuming Held) {
            self.value = value
        }

        func drop() {
            value = nil
        }
    }
}
