/// `page-empty`: a page with nothing in it.
struct PageEmptyRule: ExtractionCheckRule {
    let id = RuleID.pageEmpty
    let summary = "A page holds nothing but spacing."
    let explanation = """
        An empty page documents nothing and is published as a blank page; it is usually a \
        placeholder that was never written, or a file a failed tool truncated. Write the page or \
        remove it, with the links to it. (Reported while the file is read.)
        """
}
