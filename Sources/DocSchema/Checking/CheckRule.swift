/// One consistency rule of `docschema check`. Each rule lives in a file of its own under
/// `Checking/Rules`, with the text `--list-rules` shows.
public protocol CheckRule: Sendable {
    /// The stable id the rule's findings carry.
    var id: RuleID { get }
    /// What the rule detects, in one line.
    var summary: String { get }
    /// Why it matters, what counts and what does not, and how to fix a finding.
    var explanation: String { get }
    /// The rule's findings over the whole input, at the rule's default severity.
    func check(_ context: CheckContext) -> [Diagnostic]
}

/// A rule whose findings are made while a page is read, where the markdown structure (table
/// cells, inline text, code blocks) is at hand; the check collects them from the page's facts.
protocol ExtractionCheckRule: CheckRule {}

extension ExtractionCheckRule {
    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.pageFindings[id] ?? []
    }
}
