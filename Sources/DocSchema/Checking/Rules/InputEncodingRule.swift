/// `input-encoding`: a page saved as UTF-16.
struct InputEncodingRule: ExtractionCheckRule {
    let id = RuleID.inputEncoding
    let summary = "A page is saved as UTF-16 (with a byte order mark) rather than UTF-8."
    let explanation = """
        A UTF-16 page is read converted, so every other rule still sees it, but most tools that \
        publish or diff documentation expect UTF-8 and show a UTF-16 page as binary. Save the page \
        as UTF-8. (Reported while the file is read; bytes that are not UTF-8 at all are \
        input-invalid-utf8, an input error.)
        """
}
