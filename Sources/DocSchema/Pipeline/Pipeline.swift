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
            var facts = PageFacts(file: path, form: .gfm, locale: "en-US")
            facts.diagnostics = [diagnostic]
            facts.apiVersion = options.defaultVersion
            return facts
        }
    }

    /// Extracts a file whose bytes are already in memory (and already checked).
    public static func extract(_ file: SourceFile, options: ExtractionOptions = .init()) -> PageFacts {
        let page = PageReader.read(file, limits: options.limits)
        let document = page.form == .plainText ? PlainTextReader.read(page.text) : CMarkParser.parse(page.text)
        return PageExtractor.extract(page, document, options: options)
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
