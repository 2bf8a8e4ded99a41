/// `json-invalid`: an example body that is not valid JSON.
struct JSONInvalidRule: ExtractionCheckRule {
    let id = RuleID.jsonInvalid
    let summary = "An example or JSON-representation body is not valid JSON."
    let explanation = """
        Request, response and JSON-representation bodies are read as JSON. Trailing commas, comments, \
        single quotes, unquoted keys and truncation marks (`...`) make a body invalid for every client \
        that copies it. A truncation mark is allowed where the block's annotation says \
        `"truncated": true`. The finding points at the first problem and counts the rest. \
        (Reported while the code block is read.)
        """
}
