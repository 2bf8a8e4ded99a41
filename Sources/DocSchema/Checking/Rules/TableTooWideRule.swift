/// `table-too-wide`: a table row with more cells than `--max-table-columns`.
struct TableTooWideRule: ExtractionCheckRule {
    let id = RuleID.tableTooWide
    let summary = "A table row has more cells than --max-table-columns (default 64); the rest are ignored."
    let explanation = """
        The markdown parser takes time quadratic in a row's cell count, so rows are cut to \
        --max-table-columns cells before parsing and the cells after them are ignored. No Graph table \
        needs more than a handful of columns: such a row is usually a line of pipes pasted by mistake, \
        or a table that was meant to be a list. The finding points at the first ignored cell of the \
        table's first long row and counts the other long rows. (Reported while the page is read.)
        """
}
