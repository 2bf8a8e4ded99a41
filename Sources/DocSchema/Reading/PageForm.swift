/// The form a page comes in. Every form yields the same facts for the same content.
public enum PageForm: String, Codable, Sendable, CaseIterable {
    /// GitHub-flavoured markdown with front matter and pipe tables.
    case gfm
    /// A plain-text rendering: no front matter, no pipes, tables as `name Type description` lines.
    case plainText = "plain-text"
    /// A localized page whose every text is a local span followed by a hidden English span.
    case sideBySide = "side-by-side"
    /// A localized page without English spans, where names and type words may be translated.
    case machineTranslated = "machine-translated"
}
