import Foundation

/// Tables: property and relationship rows, member rows, permissions.
extension PageExtraction {
    mutating func visit(_ table: Table) {
        defer { sawTable = true }
        var layout = TableLayout.classify(table.header, vocabulary: vocabulary)
        checkPlaceholders(in: table)
        if layout.kind == .other, isEnumContext, layout.valueColumn != nil || table.header.count <= 2 {
            // "Value | Description" under an enum heading: the first column names the members.
            layout = TableLayout(kind: .members, descriptionColumn: layout.descriptionColumn, valueColumn: nil)
        }
        if sectionRole == .derivedTypes {
            readDerivedTypes(table)
            return
        }
        switch layout.kind {
        case .typed: readTypedRows(table, layout)
        case .members where isEnumContext || page.frontMatter.docType.hasPrefix("enum"):
            readMembers(table, layout)
        case .permissions: readPermissions(table)
        default: break
        }
    }

    /// Whether the current section documents an enum.
    var isEnumContext: Bool {
        switch sectionRole {
        case .members, .enumValues: true
        default: false
        }
    }

    private mutating func readTypedRows(_ table: Table, _ layout: TableLayout) {
        let tableKind: PropertyTableKind
        if isOperationPage {
            guard sectionRole == .requestBody, !layout.namesRelationships else { return }
            tableKind = .requestBody
        } else {
            if isInNamedSubsection { return }
            switch sectionRole {
            case .relationships: tableKind = .relationships
            case .properties: tableKind = .properties
            case .methods, .parameters, .requestHeaders, .permissions, .representation, .response, .example,
                 .requestBody, .members, .enumValues, .derivedTypes:
                return
            case .other: tableKind = layout.namesRelationships ? .relationships : .properties
            }
        }
        guard let typeColumn = layout.typeColumn else { return }
        for row in table.rows {
            if let written = row.writtenCellCount {
                diagnose(.tableMalformed, "row has \(written) cells but the header has \(table.header.count)", at: row.offset)
                // A row too short to reach its type is a line broken off the row above.
                if written <= typeColumn { continue }
            }
            guard layout.nameColumn < row.cells.count, typeColumn < row.cells.count else { continue }
            let nameCell = row.cells[layout.nameColumn]
            let rawName = nameCell.plainText.trimmingWhitespace()
            let typeCell = row.cells[typeColumn]
            // `@odata.type` and `@microsoft.graph.x` rows document instance annotations, not properties.
            if rawName.hasPrefix("@") { continue }
            if rawName.isEmpty {
                // A row with nothing but a bold group title is a separator, not a broken row.
                if row.cells.dropFirst().allSatisfy(\.isEmpty) { continue }
                diagnose(.tableMalformed, "row has no name", at: row.offset)
                continue
            }
            let type: TypeRef
            let typePage: String?
            switch TypeExpression.parse(typeCell, namespace: facts.namespace, vocabulary: vocabulary) {
            case .type(let parsed, let page):
                type = parsed
                typePage = page
            case .empty:
                if row.cells.dropFirst().allSatisfy(\.isEmpty) && nameCell.spans.allSatisfy({ $0.isStrong || $0.kind != .text }) {
                    continue // a group title such as "| **Open extensions** |"
                }
                diagnose(.tableMalformed, "type cell of '\(rawName)' is empty", at: typeCell.offset >= 0 ? typeCell.offset : row.offset)
                continue
            case .unknown(let text):
                diagnose(.typeUnknown, "cannot read the type '\(text)' of '\(rawName)'", at: typeCell.textOffset ?? typeCell.offset)
                continue
            }
            let descriptionCell = layout.descriptionColumn.flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
                ?? InlineText(offset: row.offset, end: row.offset)
            let prose = ProseText(descriptionCell)
            var fact = PropertyFact(
                owner: "", name: rawName, writtenName: nil, type: type, typePage: typePage,
                isNavigation: tableKind == .relationships, table: tableKind,
                description: prose.plain, localizedDescription: localizedText(of: descriptionCell),
                modifiers: DescriptionModifiers.parse(
                    prose, namespace: facts.namespace, vocabulary: vocabulary, allowsBareWords: page.form == .plainText),
                possibleValues: nil, position: position(row.offset))
            // "backupReviewers (deprecated)": the name cell can say it too, after the name itself.
            // Most cells are the name alone, with nothing after it to count characters up to.
            let token = Self.nameToken(rawName)
            if token.utf8.count < rawName.utf8.count, rawName.dropFirst(token.count).lowercased().containsBytes("deprecated") {
                fact.modifiers.isDeprecated = true
            }
            if let found = EnumValues.find(in: prose, vocabulary: vocabulary, position: position) {
                fact.possibleValues = found.members
                for offset in found.emptyItemOffsets {
                    diagnose(.enumMemberEmpty, "empty member in the possible values of '\(rawName)' dropped", at: offset)
                }
            }
            properties.append(PendingProperty(fact: fact, rawName: rawName, nameOffset: nameCell.textOffset ?? row.offset))
        }
    }

    private mutating func readMembers(_ table: Table, _ layout: TableLayout) {
        var members: [PendingMember] = []
        for row in table.rows {
            guard layout.nameColumn < row.cells.count else { continue }
            let nameCell = row.cells[layout.nameColumn]
            let rawName = nameCell.plainText.trimmingWhitespace()
            guard !rawName.isEmpty else { continue }
            let value = layout.valueColumn.flatMap { $0 < row.cells.count ? Int(row.cells[$0].plainText.trimmingSpaces()) : nil }
            let description = layout.descriptionColumn.flatMap { $0 < row.cells.count ? normalizedText(row.cells[$0].plainText) : nil }
            members.append(PendingMember(
                member: EnumMemberFact(name: rawName, value: value, description: description?.isEmpty == true ? nil : description,
                                       position: position(row.offset)),
                rawName: rawName, nameOffset: nameCell.textOffset ?? row.offset))
        }
        let name: String?
        let source: EnumFact.Source
        if case .enumValues(let sectionName) = sectionRole {
            name = sectionName
            source = .valuesSection
        } else {
            name = nil
            source = page.frontMatter.docType.hasPrefix("enum") ? .enumPage : .memberTable
        }
        enums.append(PendingEnum(name: name, members: members, source: source, offset: table.offset))
    }

    /// A "Derived types" table: each row's first cell names a type deriving from this page's.
    private mutating func readDerivedTypes(_ table: Table) {
        var derived = facts.derivedTypes ?? []
        for row in table.rows {
            guard let cell = row.cells.first else { continue }
            let page = cell.links.first.flatMap { Identifier.pageStem($0.destination) }
            let text = cell.links.isEmpty ? cell.plainText : cell.text(ofLink: 0)
            guard let name = Identifier.tokens(in: text).first(where: { Identifier.isValid($0) || Identifier.isQualified($0) }) else { continue }
            derived.append(TypeLink(name: DescriptionModifiers.qualify(String(name), namespace: facts.namespace), page: page))
        }
        facts.derivedTypes = derived.isEmpty ? nil : derived
    }

    /// A sentence that lists the derived types ("the derived types are [a](a.md) and [b](b.md)"): each linked type.
    mutating func readDerivedTypes(in text: InlineText) {
        var derived = facts.derivedTypes ?? []
        for (index, link) in text.links.enumerated() {
            guard let page = Identifier.pageStem(link.destination) else { continue }
            let name = text.text(ofLink: index)
            guard Identifier.isValid(name) || Identifier.isQualified(name) else { continue }
            derived.append(TypeLink(name: DescriptionModifiers.qualify(name, namespace: facts.namespace), page: page))
        }
        facts.derivedTypes = derived.isEmpty ? nil : derived
    }

    private mutating func readPermissions(_ table: Table) {
        for row in table.rows where row.cells.count >= 2 {
            let type = normalizedText(row.cells[0].plainText)
            // Split at the commas' bytes: splitting by characters walked every grapheme of the cell.
            let list = row.cells[1].plainText.utf8.split(separator: UInt8(ascii: ","))
                .map { Substring($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !type.isEmpty else { continue }
            facts.permissions.append(Permission(type: type, permissions: list))
        }
    }

    /// Collapses runs of whitespace, so descriptions read the same whatever the line wrapping.
    func normalizedText(_ text: String) -> String {
        Whitespace.collapse(text)
    }

    /// The description in the page's own language, for side-by-side pages when asked for.
    func localizedText(of cell: InlineText) -> String? {
        guard options.localizedDescriptions, page.form == .sideBySide, cell.offset >= 0, cell.end > cell.offset,
              let source = page.localizedSource(of: cell.offset..<cell.end)
        else { return nil }
        let parsed = CMarkParser.parse(Array(source.utf8))
        let text = parsed.blocks.compactMap { block -> String? in
            if case .paragraph(let inline) = block { return inline.plainText }
            return nil
        }.joined(separator: " ")
        return normalizedText(text)
    }
}

extension FrontMatter {
    /// `doc_type`, lower-cased and without the stray quotes and underscores some pages have.
    var docType: String {
        (fields["doc_type"] ?? "").lowercased().trimming { "'\"_ ".unicodeScalars.contains($0) }
    }
}
