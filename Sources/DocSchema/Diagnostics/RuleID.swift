/// The stable identifier of every kind of finding. These names appear in text output, JSON,
/// SARIF and baselines, so an existing raw value must never change.
public enum RuleID: String, Codable, Sendable, CaseIterable, Comparable {
    // Reading the input
    case inputUnreadable = "input-unreadable"
    case inputBinary = "input-binary"
    case inputInvalidUTF8 = "input-invalid-utf8"
    /// A UTF-16 page, read converted to UTF-8.
    case inputEncoding = "input-encoding"
    /// A page larger than `--max-page-size`, skipped unread.
    case pageTooLarge = "page-too-large"
    /// A page with nothing but spacing in it.
    case pageEmpty = "page-empty"
    /// A `.json` input to `diff` that is not a schema `extract --format json` wrote.
    case schemaInvalid = "schema-invalid"
    case frontMatterInvalid = "front-matter-invalid"
    case plainTextPage = "plain-text-page"
    case sideBySideSpanUnpaired = "side-by-side-span-unpaired"
    /// A code fence that is never closed, so the rest of its container is read as code.
    case fenceUnterminated = "fence-unterminated"
    /// A table row with more cells than `--max-table-columns`; the rest are ignored.
    case tableTooWide = "table-too-wide"

    // Extracting facts from one page
    case apiVersionUnknown = "api-version-unknown"
    case typeNameUnknown = "type-name-unknown"
    case tableMalformed = "table-malformed"
    case typeUnknown = "type-unknown"
    case jsonInvalid = "json-invalid"
    /// Example JSON nested deeper than the parser descends; the deeper part is left out.
    case jsonTooDeep = "json-too-deep"
    case annotationInvalid = "annotation-invalid"
    case enumMemberEmpty = "enum-member-empty"
    case placeholderText = "placeholder-text"
    case untranslatedIdentifier = "untranslated-identifier"
    case identifierInvalid = "identifier-invalid"

    // Checking examples and tables against the schema (docschema check)
    case examplePropertyUndocumented = "example-property-undocumented"
    case representationVsTable = "representation-vs-table"
    case exampleTypeMismatch = "example-type-mismatch"
    case exampleEnumValueUndocumented = "example-enum-value-undocumented"
    case exampleDateTimeInvalid = "example-datetime-invalid"
    case exampleODataTypeUnknown = "example-odata-type-unknown"
    case enumListMismatch = "enum-list-mismatch"
    case nameCasingMismatch = "name-casing-mismatch"
    case contentLengthMismatch = "content-length-mismatch"
    case versionDrift = "version-drift"
    case readOnlyInRequest = "read-only-in-request"
    case statusCodeUnexpected = "status-code-unexpected"

    // Reconciling pages into one schema
    case typeConflict = "type-conflict"
    case placeholderResolved = "placeholder-resolved"
    case baseTypeConflict = "base-type-conflict"
    case kindConflict = "kind-conflict"
    case typeUnresolved = "type-unresolved"

    // Writing the output
    /// An output file or folder that cannot be written; nothing of it is changed.
    case outputUnwritable = "output-unwritable"

    // Generating Swift
    case swiftNameCollision = "swift-name-collision"
    case inheritedPropertyConflict = "inherited-property-conflict"

    /// The severity a finding of this rule gets unless a caller overrides it.
    public var defaultSeverity: Severity {
        switch self {
        case .inputUnreadable, .inputBinary, .inputInvalidUTF8, .pageTooLarge, .schemaInvalid, .outputUnwritable,
            .tableMalformed, .jsonInvalid, .exampleTypeMismatch, .exampleEnumValueUndocumented,
            .exampleODataTypeUnknown, .nameCasingMismatch:
            .error
        case .inputEncoding, .pageEmpty, .frontMatterInvalid, .sideBySideSpanUnpaired, .fenceUnterminated,
            .tableTooWide, .jsonTooDeep, .apiVersionUnknown, .typeNameUnknown, .typeUnknown, .annotationInvalid,
            .enumMemberEmpty, .placeholderText, .untranslatedIdentifier, .identifierInvalid, .typeConflict,
            .baseTypeConflict, .kindConflict, .typeUnresolved, .swiftNameCollision, .inheritedPropertyConflict,
            .examplePropertyUndocumented, .representationVsTable, .exampleDateTimeInvalid, .enumListMismatch,
            .contentLengthMismatch, .versionDrift, .readOnlyInRequest, .statusCodeUnexpected:
            .warning
        case .plainTextPage, .placeholderResolved:
            .note
        }
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
