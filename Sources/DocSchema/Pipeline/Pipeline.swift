import Foundation

/// Runs Read, Parse and Extract over many files, in parallel, keeping the input order.
public enum Pipeline {
    /// Reads, parses and extracts one file. Never throws: a file that cannot be read yields
    /// facts holding only the diagnostic that says why.
    /// With a cache, facts of a page already read come from it, and a page read anew is added to it.
    public static func extract(file path: String, options: ExtractionOptions = .init(), cache: FactsCache? = nil) -> PageFacts {
        switch SourceFile.load(path: path, maximumSize: options.limits.maximumPageSize) {
        case .success(let file):
            guard let cache else { return extract(file, options: options) }
            let key = cache.key(of: file, options: options)
            if let cached = cache.facts(for: key) { return cached }
            let facts = extract(file, options: options)
            cache.store(facts, for: key)
            return facts
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
        let document = page.form == .plainText
            ? PlainTextReader.read(page.text) : CMarkParser.parse(page.text, lineStarts: page.textLineStarts)
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
        cache: FactsCache? = nil, progress: Progress? = nil
    ) async -> [PageFacts] {
        await extract(files: files, options: options, concurrency: concurrency, cache: cache, progress: progress) { _, facts in facts }
    }

    /// Extracts every file and passes each page's facts, with the page's place in `files`, to
    /// `transform` on the task that extracted it; returns the results in input order. A caller
    /// that needs less than the whole facts (Reconcile's claims, the diagnostics) keeps only
    /// that, so the facts of a large corpus are never all in memory at once.
    public static func extract<Result: Sendable>(
        files: [String], options: ExtractionOptions = .init(), concurrency: Int = defaultConcurrency,
        cache: FactsCache? = nil, progress: Progress? = nil, transform: @escaping @Sendable (_ index: Int, PageFacts) -> Result
    ) async -> [Result] {
        var results = [Result?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            func startNext() {
                guard next < files.count else { return }
                let index = next
                let path = files[index]
                next += 1
                group.addTask { (index, transform(index, extract(file: path, options: options, cache: cache))) }
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
        return results.takeValues()
    }

    /// Extracts every file and reconciles the pages of `version` (every page when nil) into one
    /// schema. Each page becomes Reconcile's claims as soon as it is read and its facts are let
    /// go. The diagnostics are every page's (of any version), then Reconcile's.
    ///
    /// With a cache, a run over exactly the pages (bytes and paths), options and version of a
    /// run the cache remembers returns that run's result without extracting or reconciling.
    ///
    /// Without `documentation`, the result's ``Reconciler/Result/documentation`` (what tables
    /// and lists document, which only `check` reads) is left empty, and not built.
    public static func reconcile(
        files: [String], options: ExtractionOptions = .init(), version: APIVersion? = nil, cache: FactsCache? = nil,
        documentation: Bool = true, progress: Progress? = nil
    ) async -> (result: Reconciler.Result, diagnostics: [Diagnostic]) {
        var memoKey: ContentHash.Digest?
        if let cache {
            let pages = ParallelMap.map(files) { path in
                switch SourceFile.load(path: path, maximumSize: options.limits.maximumPageSize) {
                case .success(let file): cache.key(of: file, options: options)
                case .failure(let diagnostic): cache.key(of: SourceFile(path: path, bytes: Array("\(diagnostic)".utf8)), options: options)
                }
            }
            let parameters = "reconcile \(version?.rawValue ?? "all") \(options)" + (documentation ? "" : " without documentation")
            let key = cache.key(of: pages, parameters: parameters)
            if let remembered = cache.result(for: key, pages: pages) {
                progress?(files.count)
                return remembered
            }
            memoKey = key
        }
        var pages = await extract(files: files, options: options, cache: cache, progress: progress) { index, facts in
            (diagnostics: facts.diagnostics,
             claims: version == nil || version == facts.apiVersion ? Reconciler.claims(of: facts, index: index) : nil)
        }
        // Taken apart first, so that nothing but the fold holds a page's claims and the fold can
        // let each go once it is folded; moved out rather than copied, which retained every list.
        var claims: [PageClaims] = []
        var diagnostics: [Diagnostic] = []
        claims.reserveCapacity(pages.count)
        for index in pages.indices {
            diagnostics += pages[index].diagnostics
            if let pageClaims = pages[index].claims.take() { claims.append(pageClaims) }
        }
        let result = Reconciler.reconcile(consume claims, documentation: documentation)
        diagnostics += result.diagnostics
        if let cache, let memoKey { cache.store(result, diagnostics: diagnostics, for: memoKey) }
        return (result, diagnostics)
    }

    /// For a process that exits once it has written its output, such as one `docschema extract`,
    /// `check` or `generate` run: the claims, drafts and check context each run builds once are
    /// then never freed, since freeing them object by object took cores from the output still to
    /// be written and the operating system reclaims them at exit anyway. Not for a process that
    /// runs the pipeline repeatedly.
    public static func leaveLargeValuesToExit() {
        BackgroundRelease.leavesToExit.store(true, ordering: .relaxed)
    }

    /// Lets go of a large value the caller is done with, such as a schema once written: kept
    /// to exit after ``leaveLargeValuesToExit()``, freed on another thread otherwise, so that
    /// freeing it object by object is never on the caller's way to its exit.
    public static func letGo<Value>(_ value: consuming Value) {
        BackgroundRelease.release(value)
    }

    /// One task per core: the work is CPU-bound.
    public static var defaultConcurrency: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
