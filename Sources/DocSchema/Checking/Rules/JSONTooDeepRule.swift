/// `json-too-deep`: example JSON nested deeper than the parser reads.
struct JSONTooDeepRule: ExtractionCheckRule {
    let id = RuleID.jsonTooDeep
    let summary = "An example or JSON-representation body nests arrays and objects more than 256 levels deep."
    let explanation = """
        Bodies are read to a depth of 256 arrays and objects; what is nested deeper is left out of the \
        example (an array's element is dropped, an object's value becomes null), so no rule checks it. \
        Real responses are a few levels deep: such a body is usually generated or corrupted text. The \
        finding points at the first value that was left out. (Reported while the code block is read.)
        """
}
