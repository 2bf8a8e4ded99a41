import Foundation

/// Runs Read, Parse and Extract over many files, in parallel, keeping the input order.
public enum Pipeline {
    /// Reads, parses and extracts one file. Never throws: a file that cannot be read yields
    /// facts holding only the diagnostic that says why.
    public static func extract(file path: String, options: ExtractionOptions = .init()) -> PageFacts {
        switch SourceFile.load(path: path) {
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
        let page = PageReader.read(file)
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
        await extract(files: files, options: options, concurrency: concurrency, progress: progress) { _, facts in facts }
    }

    /// Extracts every file and passes each page's facts, with the page's place in `files`, to
    /// `transform` on the task that extracted it; returns the results in input order. A caller
    /// that needs less than the whole facts (Reconcile's claims, the diagnostics) keeps only
    /// that, so the facts of a large corpus are never all in memory at once.
    public static func extract<Result: Sendable>(
        files: [String], options: ExtractionOptions = .init(), concurrency: Int = defaultConcurrency,
        progress: Progress? = nil, transform: @escaping @Sendable (_ index: Int, PageFacts) -> Result
    ) async -> [Result] {
        var results = [Result?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            func startNext() {
                guard next < files.count else { return }
                let index = next
                let path = files[index]
                next += 1
                group.addTask { (index, transform(index, extract(file: path, options: options))) }
            }
            for _ in 0..<max(1, concurrency) { startNext() }
            var done = 0
            while let (index, result) = await group.next() {
                results[index] = result
                done += 1
                progress?(done)
                startNext()
            }
        }
        return results.compactMap { $0 }
    }

    /// Extracts every file and reconciles the pages of `version` (every page when nil) into one
    /// schema. Each page becomes Reconcile's claims as soon as it is read and its facts are let
    /// go. The diagnostics are every page's (of any version), then Reconcile's.
    public static func reconcile(
        files: [String], options: ExtractionOptions = .init(), version: APIVersion? = nil, progress: Progress? = nil
    ) async -> (result: Reconciler.Result, diagnostics: [Diagnostic]) {
        let pages = await extract(files: files, options: options, progress: progress) { index, facts in
            (diagnostics: facts.diagnostics,
             claims: version == nil || version == facts.apiVersion ? Reconciler.claims(of: facts, index: index) : nil)
        }
        let result = Reconciler.reconcile(pages.compactMap(\.claims))
        return (result, pages.flatMap(\.diagnostics) + result.diagnostics)
    }

    /// One task per core: the work is CPU-bound.
    public static var defaultConcurrency: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
