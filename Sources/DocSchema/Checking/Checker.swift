/// The Check stage: every rule of `docschema check` over the facts and the schema.
public enum Checker {
    /// Every rule, in the order `--list-rules` shows them.
    public static let rules: [any CheckRule] = [
        InputEncodingRule(),
        PageEmptyRule(),
        FenceUnterminatedRule(),
        TableMalformedRule(),
        TableTooWideRule(),
        TypeUnknownRule(),
        JSONInvalidRule(),
        JSONTooDeepRule(),
        ExamplePropertyUndocumentedRule(),
        RepresentationVsTableRule(),
        ExampleTypeMismatchRule(),
        ExampleEnumValueUndocumentedRule(),
        ExampleDateTimeInvalidRule(),
        ExampleODataTypeUnknownRule(),
        EnumMemberEmptyRule(),
        EnumListMismatchRule(),
        NameCasingMismatchRule(),
        ContentLengthMismatchRule(),
        PlaceholderTextRule(),
        VersionDriftRule(),
        ReadOnlyInRequestRule(),
        StatusCodeUnexpectedRule(),
        UntranslatedIdentifierRule(),
    ]

    /// Rules that say the input itself could not be read; their findings are reported by every
    /// check and make it fail with exit code 2.
    public static let inputRules: Set<RuleID> = [.inputUnreadable, .inputBinary, .inputInvalidUTF8, .pageTooLarge]

    public static func rule(_ id: RuleID) -> (any CheckRule)? {
        rules.first { $0.id == id }
    }

    /// Every finding of every rule, at default severities, sorted by place.
    public static func check(_ context: CheckContext) -> [Diagnostic] {
        let inputFindings = context.pages.flatMap { $0.diagnostics.filter { inputRules.contains($0.rule) } }
        return (inputFindings + ParallelMap.map(rules) { $0.check(context) }.flatMap { $0 }).sorted()
    }

    /// Reads, extracts, reconciles and checks `files`.
    public static func check(
        files: [String], options: ExtractionOptions = .init(), cache: FactsCache? = nil, progress: Pipeline.Progress? = nil
    ) async -> [Diagnostic] {
        // Each page's claims are made on the task that extracted it, while its facts are fresh
        // in that core's cache, rather than in a pass over all the pages afterwards.
        var extracted = await Pipeline.extract(files: files, options: options, cache: cache, progress: progress) { index, facts in
            (facts: Optional(facts), claims: Optional(Reconciler.claims(of: facts, index: index)))
        }
        // Moved out, not copied: a copy retains every list a page's facts and claims hold.
        var pages: [PageFacts] = []
        var claims: [PageClaims] = []
        pages.reserveCapacity(extracted.count)
        claims.reserveCapacity(extracted.count)
        for index in extracted.indices {
            if let facts = extracted[index].facts.take() { pages.append(facts) }
            if let pageClaims = extracted[index].claims.take() { claims.append(pageClaims) }
        }
        let reconciled = Reconciler.reconcile(consume claims)
        let context = CheckContext(pages: consume pages, reconciled: reconciled)
        let findings = check(context)
        // The context then holds the only references to the pages' facts.
        BackgroundRelease.release(context)
        return findings
    }
}

/// What the user changed about the rules: severities, rules turned off, warnings made errors.
public struct RuleSettings: Sendable {
    /// A rule's severity, or nil to turn it off.
    public var overrides: [RuleID: Severity?] = [:]
    /// Whether warnings count as errors.
    public var isStrict = false

    public init(overrides: [RuleID: Severity?] = [:], isStrict: Bool = false) {
        self.overrides = overrides
        self.isStrict = isStrict
    }

    /// The findings with the settings applied; findings of rules turned off are gone.
    public func apply(to findings: [Diagnostic]) -> [Diagnostic] {
        findings.compactMap { finding in
            var copy = finding
            if let override = overrides[finding.rule] {
                guard let severity = override else { return nil }
                copy.severity = severity
            }
            if isStrict, copy.severity == .warning { copy.severity = .error }
            return copy
        }
    }
}
