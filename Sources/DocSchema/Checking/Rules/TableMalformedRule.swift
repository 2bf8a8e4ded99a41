/// `table-malformed`: a property table row that cannot be read as one property.
struct TableMalformedRule: ExtractionCheckRule {
    let id = RuleID.tableMalformed
    let summary = "A table row's cell count differs from its header's, its type cell is empty, or it has no name."
    let explanation = """
        Property, relationship and request-body tables are read row by row. A row with more or fewer \
        cells than the header (usually an unescaped `|` in a description, or a missing one), a row whose \
        Type cell is empty, or a row without a name cannot be read as a property: the property is lost \
        to every tool that reads the page. Fix the row; escape a literal pipe as `\\|`. \
        (Reported while the table is read; markdownlint MD056, ApiDoctor ParameterParserError.)
        """
}
