import Dispatch
import Synchronization

/// Lets go of a large value on another thread, or, in a process that is about to exit, not at
/// all. Freeing a whole corpus's claims and drafts takes a tenth of a second at the end of a
/// run, which the caller need not wait for.
enum BackgroundRelease {
    /// Set by ``Pipeline/leaveLargeValuesToExit()``.
    static let leavesToExit = Atomic<Bool>(false)

    static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        if leavesToExit.load(ordering: .relaxed) {
            // Kept on purpose: the operating system takes it back at exit, all at once.
            _ = Unmanaged.passRetained(box)
            return
        }
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
