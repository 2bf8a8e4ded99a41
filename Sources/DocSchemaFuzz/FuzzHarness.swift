import DocSchema

/// Runs one input through every stage that reads untrusted text: Read (with the byte checks
/// the command line makes first), Parse, Extract, Reconcile and, when asked, Check and Emit.
enum FuzzHarness {
    /// What a run produced, so that a replay can show it; the fuzzer only needs it not to trap.
    struct Outcome {
        var facts: PageFacts
        var schema: Schema
        var findings: Int
        /// Bytes of JSON, CSDL and Swift written, when the input asked for them.
        var emitted: Int
    }

    static func run(_ data: [UInt8]) -> Outcome {
        let input = FuzzInput(data)
        var facts: PageFacts
        let file = SourceFile(path: input.path, bytes: input.page)
        switch SourceFile.check(file, maximumSize: input.options.limits.maximumPageSize) {
        case .success(let file):
            facts = Pipeline.extract(file, options: input.options)
        case .failure(let diagnostic):
            facts = PageFacts(file: input.path, form: .gfm, locale: "en-US")
            facts.diagnostics = [diagnostic]
        }
        var pages = [facts]
        if input.foldsOtherVersion {
            var other = facts
            other.apiVersion = facts.apiVersion == .v1 ? .beta : .v1
            other.file = "fuzz/other/" + facts.file
            pages.append(other)
        }
        let reconciled = Reconciler.reconcile(pages)
        var findings = reconciled.diagnostics.count
        if input.runsChecks {
            // One rule after another: Checker.check spreads them over threads, which only
            // blurs the coverage the fuzzer steers by.
            let context = CheckContext(pages: pages, reconciled: reconciled)
            for rule in Checker.rules { findings += rule.check(context).count }
        }
        var emitted = 0
        if input.emits {
            emitted += (try? StableJSON.encode(pages))?.count ?? 0
            emitted += (try? StableJSON.encode(reconciled.schema))?.count ?? 0
            let csdl = CSDLWriter.Options(localizedDescriptions: input.options.localizedDescriptions)
            emitted += CSDLWriter.write(reconciled.schema, options: csdl).utf8.count
            let swift = SwiftGenerator.generate(reconciled.schema)
            emitted += swift.files.reduce(0) { $0 + $1.contents.utf8.count }
            findings += swift.diagnostics.count
        }
        return Outcome(facts: facts, schema: reconciled.schema, findings: findings, emitted: emitted)
    }
}
