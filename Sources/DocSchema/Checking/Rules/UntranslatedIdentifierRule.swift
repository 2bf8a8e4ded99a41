/// `untranslated-identifier`: a translated or transliterated name in a localized page that could not be mapped back.
struct UntranslatedIdentifierRule: ExtractionCheckRule {
    let id = RuleID.untranslatedIdentifier
    let summary = "A localized page writes a property or member name translated, and no English name on the page matches it."
    let explanation = """
        Machine-translated pages sometimes translate or transliterate identifiers ("идентификатор" for \
        `id`). The extractor maps such a name back through the page's own JSON examples and code spans; \
        a name it cannot map is dropped, and the finding says which. Identifiers must stay in English in \
        every language. (Reported while the table is read.)
        """
}
