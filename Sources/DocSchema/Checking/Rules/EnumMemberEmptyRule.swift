/// `enum-member-empty`: an empty code span in a "Possible values" list.
struct EnumMemberEmptyRule: ExtractionCheckRule {
    let id = RuleID.enumMemberEmpty
    let summary = "A \"Possible values\" list has an empty member (``)."
    let explanation = """
        A list of possible values such as "Possible values are: `a`, `b`, ``." has a member with no \
        text, usually a value someone meant to fill in. The empty member is dropped from the schema. \
        Remove it or write the value. (Reported while the description is read.)
        """
}
