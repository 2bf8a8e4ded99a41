/// `placeholder-text`: TODO, TBD or a generator's "URI … not found" left in a page.
struct PlaceholderTextRule: ExtractionCheckRule {
    let id = RuleID.placeholderText
    let summary = "TODO or TBD text, or \"Entity URI … not found\", is left in the page."
    let explanation = """
        Pages generated from metadata start with placeholders: "TODO: Determine scopes", or an HTTP \
        request line that says "Entity URI for … not found". Either one left in a published page tells \
        the reader nothing. Only TODO and TBD as upper-case words count (not "todoTask"); a code block \
        counts when it says "URI" and "not found". (Reported while the page is read.)
        """
}
