/// `fence-unterminated`: a code fence that is never closed.
struct FenceUnterminatedRule: ExtractionCheckRule {
    let id = RuleID.fenceUnterminated
    let summary = "A code fence (``` or ~~~) is never closed."
    let explanation = """
        Markdown reads everything after an unclosed fence as code, to the end of the page or of the \
        list item or quote the fence is in: the headings, tables and examples there are lost to \
        readers and to every other rule, and an example body usually turns into invalid JSON \
        (json-invalid). Close the fence with the same character, at least as many times as it \
        opened. The finding points at the opening fence. (Reported while the page is read.)
        """
}
