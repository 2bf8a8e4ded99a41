import Foundation

/// Runs Read, Parse and Extract over many files, in parallel, keeping the input order.
public enum Pipeline {
    /// Reads, parses and extracts one file. Never throws: a file that cannot be read yields
    /// facts holding only the diagnostic that says why.
    public static func extract(file path: String, options: ExtractionOptions = .init()) -> PageFacts {
        switch SourceFile.load(path: path, maximumSize: options.limits.maximumPageSize) {
        case .success(let file):
            return extract(file, options: options)
        case .failure(let diagnostic):
            return unread(path, [diagnostic], options: options)
        }
    }

    /// Extracts a file whose bytes are already in memory (and already checked).
    public static func extract(_ file: SourceFile, options: ExtractionOptions = .init()) -> PageFacts {
        // Nothing to classify: without this, an empty page would only be told it gives no version.
        let body = file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? file.bytes.dropFirst(3) : file.bytes[...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            let empty = Diagnostic(.pageEmpty, "page is empty", at: SourceLocation(file: file.path, line: 1, column: 1))
            return unread(file.path, file.diagnostics + [empty], options: options)
        }
        let page = PageReader.read(file, limits: options.limits)
        let document = page.form == .plainText ? PlainTextReader.read(page.text) : CMarkParser.parse(page.text)
        return PageExtractor.extract(page, document, options: options)
    }

    /// The facts of a page that was not read: only the diagnostics that say why.
    private static func unread(_ path: String, _ diagnostics: [Diagnostic], options: ExtractionOptions) -> PageFacts {
        var facts = PageFacts(file: path, form: .gfm, locale: "en-US")
        facts.diagnostics = diagnostics
        facts.apiVersion = options.defaultVersion
        return facts
    }

    /// Called after each page with the number of pages done so far, from one task at a time.
    public typealias Progress = @Sendable (_ done: Int) -> Void

    /// Extracts every file, at most `concurrency` at a time, and returns the facts in input order.
    public static func extract(
        files: [String], options: ExtractionOptions = .init(), concurrency: Int = defaultConcurrency,
        progress: Progress? = nil
    ) async -> [PageFacts] {
        var results = [PageFacts?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, PageFacts).self) { group in
            var next = 0
            func startNext() {
                guard next < files.count else { return }
                let index = next
                let path = files[index]
                next += 1
                group.addTask { (index, extract(file: path, options: options)) }
            }
            for _ in 0..<max(1, concurrency) { startNext() }
            var done = 0
            while let (index, facts) = await group.next() {
                results[index] = facts
                done += 1
                progress?(done)
                startNext()
            }
        }
        return results.compactMap { $0 }
    }

    /// One task per core: the work is CPU-bound.
    public static var defaultConcurrency: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
