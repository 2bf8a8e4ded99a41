import DocSchema
import Foundation

/// "docschema: 5120/11291 pages, 2480 pages/s" on standard error, rewritten in place, when
/// standard error is a terminal and the run has taken more than a second; never in a pipe, a
/// file or with `--quiet`, so logs and CI output stay clean.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let isEnabled: Bool
    private let start = Date()
    private var lastDrawn: Date?
    private let lock = NSLock()

    init(total: Int, quiet: Bool) {
        self.total = total
        isEnabled = !quiet && Terminal.isInteractive(STDERR_FILENO)
    }

    /// The callback for `Pipeline.extract(progress:)`.
    var callback: Pipeline.Progress? {
        guard isEnabled else { return nil }
        return { @Sendable [self] done in update(done) }
    }

    func update(_ done: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed > 1, lastDrawn.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true else { return }
        lastDrawn = now
        let rate = Int(Double(done) / elapsed)
        FileHandle.standardError.write(Data("\r\u{1B}[Kdocschema: \(done)/\(total) pages, \(rate) pages/s".utf8))
    }

    /// Clears the line, so that what follows starts at the left margin.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastDrawn != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
