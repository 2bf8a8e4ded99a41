import Foundation

/// The decisions that need the whole page: its kind, its type, its version, and the names
/// of translated rows.
extension PageExtraction {
    /// Words in a title that describe the page rather than name its type.
    private static let titleWords: Set<String> = [
        "resource", "type", "complex", "enum", "enumeration", "entity", "facet", "object", "the", "a", "an", "new",
        "values", "properties", "of", "in", "for", "and",
    ]

    private static let operations: [String: APIOperation] = [
        "create": .create, "update": .update, "patch": .update, "get": .get, "list": .list, "delete": .delete, "remove": .delete,
    ]

    /// Whether the title starts with an operation's verb: "Create x", "List x".
    var titleNamesOperation: Bool {
        Self.operations[titleVerb] != nil
    }

    /// The title's first word, lower-cased. Found on the title's bytes: splitting the whole
    /// title by characters to take one word cost more than the tests that use it.
    private var titleVerb: String {
        guard let title, let verb = title.utf8.split(separator: UInt8(ascii: " "), maxSplits: 1).first else { return "" }
        return Substring(verb).lowercased()
    }

    /// Whether the page documents an operation, decided before the pass because it changes how
    /// tables are read. The `api` folder decides; elsewhere a resource annotation outweighs
    /// `doc_type`, which is sometimes wrong on resource pages.
    static func isOperationPage(_ document: MarkdownDocument, path: String, docType: String, titleNamesOperation: Bool) -> Bool {
        if PathNames.folder(path) == "api" { return true }
        let hasResourceAnnotation = document.blocks.contains { block in
            guard case .html(let html) = block else { return false }
            return html.literal.containsBytes("blockType") && html.literal.containsBytes("\"resource\"")
        }
        if hasResourceAnnotation { return false }
        if docType.hasPrefix("api") { return true }
        return docType.isEmpty && titleNamesOperation
    }

    mutating func classifyPage() {
        let docType = page.frontMatter.docType
        let loweredTitle = (title ?? "").lowercased()
        if isOperationPage {
            facts.kind = .apiOperation
        } else if docType.hasPrefix("resource") || docType.hasPrefix("api") {
            // An API page type with a resource annotation is a resource page filed wrongly.
            facts.kind = .resource
        } else if docType.hasPrefix("enum") {
            facts.kind = hasValuesSections ? .enumCollection : .enumeration
        } else if docType.hasPrefix("conceptual") {
            facts.kind = .conceptual
        } else if loweredTitle.containsBytes("enum") && !enums.isEmpty && properties.isEmpty {
            facts.kind = .enumeration
        } else if !properties.isEmpty || resourceAnnotation != nil || PathNames.folder(page.path) == "resources" {
            facts.kind = hasValuesSections && properties.isEmpty ? .enumCollection : .resource
        } else if hasValuesSections {
            facts.kind = .enumCollection
        }
        // A page filed as a resource that documents only members is an enum page.
        if facts.kind == .resource, properties.isEmpty, !enums.isEmpty, enums.allSatisfy({ $0.name == nil }) {
            facts.kind = .enumeration
        }

        switch facts.kind {
        case .resource, .enumeration:
            facts.typeName = resourceTypeName()
            // The annotation's base is the more careful statement, except that its template
            // default, entity, gives way to a specific "Inherits from" line.
            let annotated = resourceAnnotation?.baseType.map { DescriptionModifiers.qualify($0.droppingPrefix("#"), namespace: facts.namespace) }
            if let annotated, annotated != Graph.entity || statedBase == nil || facts.kind != .resource {
                facts.baseType = annotated
            } else if facts.kind == .resource, let statedBase {
                facts.baseType = statedBase.name
                facts.baseTypePage = statedBase.page
            }
            facts.isOpenType = resourceAnnotation?.isOpenType
            facts.keyProperty = resourceAnnotation?.keyProperty
        case .apiOperation:
            facts.operation = Self.operations[titleVerb] ?? .action
            let type = operationTypeName()
            facts.typeName = type?.name
            facts.typePage = type?.page
        case .enumCollection, .conceptual:
            break
        }
        // Only a page about a type describes it; an operation page's opening prose is about the operation.
        if facts.kind != .resource && facts.kind != .enumeration {
            facts.typeDescription = nil
            facts.localizedTypeDescription = nil
        }
        if facts.typeName == nil, facts.kind == .resource || facts.kind == .enumeration || facts.operation == .create || facts.operation == .update {
            diagnose(.typeNameUnknown, "cannot tell which type this page documents", at: titleOffset)
        }
    }

    /// Resource and enum pages: the resource annotation, then the title, then the file name.
    /// Where the annotation and the title give the same name in different casing, the one
    /// that reads as lower camel case wins (`baseItem` over `BaseItem`, `orgContact` over `orgcontact`).
    private func resourceTypeName() -> String? {
        let title = titleTypeToken(skipFirstWord: false)
        if let odataType = resourceAnnotation?.odataType {
            var name = odataType.droppingPrefix("#")
            if Identifier.isQualified(name) || Identifier.isValid(name) {
                // A qualified or plain identifier: ASCII, with no empty part, so its last part
                // starts after its last dot.
                let short = name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(name[name.utf8.index(after: $0)...]) } ?? name
                if let title, Self.equalIgnoringCase(title, short), Self.camelCaseScore(title) > Self.camelCaseScore(short) {
                    name = String(name.dropLast(short.count)) + title
                }
                return DescriptionModifiers.qualify(name, namespace: facts.namespace)
            }
        }
        if let title { return DescriptionModifiers.qualify(title, namespace: facts.namespace) }
        if let name = Identifier.fromPageLink(page.path.hasSuffix(".md") ? page.path : page.path + ".md") {
            return DescriptionModifiers.qualify(name, namespace: facts.namespace)
        }
        return nil
    }

    /// How much a spelling looks like the Graph's lower camel case: a lower-case first letter,
    /// then one point per upper-case letter.
    static func camelCaseScore(_ name: String) -> Int {
        // Identifiers are ASCII: their letters are told apart by byte, without a property lookup.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let upper = name.utf8.reduce(0) { $0 + ($1 >= 0x41 && $1 <= 0x5A ? 1 : 0) }
            return (name.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true ? 100 : 0) + upper
        }
        let upper = name.unicodeScalars.filter { $0.properties.isUppercase }.count
        return (name.first?.isLowercase == true ? 100 : 0) + upper
    }

    /// API pages: the title's type if a link in the page confirms it (its text gives the casing,
    /// its target the page); then the `@odata.type` of the request body; then the first link to
    /// a resource page in the page's opening prose; then the title's word as written.
    private func operationTypeName() -> TypeLink? {
        let token = titleTypeToken(skipFirstWord: true)
        var firstResourceLink: TypeLink?
        for block in document.blocks {
            guard case .paragraph(let text) = block else { continue }
            for (index, link) in text.links.enumerated() {
                let linkText = text.text(ofLink: index).trimmingSpaces()
                guard Identifier.isValid(linkText) || Identifier.isQualified(linkText) else { continue }
                // Made only for the links that are chosen or kept: pages link to dozens of others.
                let namespace = facts.namespace
                let candidate = {
                    TypeLink(name: DescriptionModifiers.qualify(linkText, namespace: namespace), page: Identifier.pageStem(link.destination))
                }
                if let token, Self.equalIgnoringCase(linkText, token) { return candidate() }
                if firstResourceLink == nil, link.destination.containsBytes("resources/") {
                    let resourceLink = candidate()
                    if resourceLink.page != nil { firstResourceLink = resourceLink }
                }
            }
        }
        for example in facts.examples where example.role == .request {
            if let type = example.body?["@odata.type"]?.stringValue {
                let name = type.droppingPrefix("#")
                if Identifier.isQualified(name) { return TypeLink(name: DescriptionModifiers.qualify(name, namespace: facts.namespace), page: nil) }
            }
        }
        if let firstResourceLink { return firstResourceLink }
        return token.map { TypeLink(name: DescriptionModifiers.qualify($0, namespace: facts.namespace), page: nil) }
    }

    /// `caseInsensitiveCompare`, answered for two ASCII strings without Foundation, which is slow on Linux.
    static func equalIgnoringCase(_ left: some StringProtocol, _ right: some StringProtocol) -> Bool {
        guard left.utf8.allSatisfy({ $0 < 0x80 }), right.utf8.allSatisfy({ $0 < 0x80 }) else {
            return left.caseInsensitiveCompare(right) == .orderedSame
        }
        return left.utf8.elementsEqual(right.utf8) { a, b in
            a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A)
        }
    }

    /// The identifier in the title that names a type: `user` in "user resource type", `x` in "Create x".
    private func titleTypeToken(skipFirstWord: Bool) -> String? {
        guard let title else { return nil }
        var words = Substring(title)
        // Tokens never hold whitespace, so the title's tokens are its words' tokens in order.
        if skipFirstWord { words = words.drop(while: \.isWhitespace).drop { !$0.isWhitespace } }
        for token in Identifier.tokens(in: words) where !Self.titleWords.contains(token.lowercased()) {
            if Identifier.isValid(token) || Identifier.isQualified(token) { return String(token) }
        }
        return nil
    }

    mutating func decideVersion() {
        if PathNames.contains(page.path, "beta") {
            (facts.apiVersion, facts.apiVersionSource) = (.beta, .folder)
            return
        }
        if PathNames.contains(page.path, "v1.0") {
            (facts.apiVersion, facts.apiVersionSource) = (.v1, .folder)
            return
        }
        for example in facts.examples where example.role == .request {
            guard let url = example.url?.lowercased() else { continue }
            let path: Substring
            if let host = url.range(of: "graph.microsoft.com") {
                path = url[host.upperBound...]
            } else if url.hasPrefix("/") {
                path = url[...]
            } else {
                continue
            }
            if path.hasPrefix("/beta/") {
                (facts.apiVersion, facts.apiVersionSource) = (.beta, .exampleURL)
                return
            }
            if path.hasPrefix("/v1.0/") || path.hasPrefix("/v1/") {
                (facts.apiVersion, facts.apiVersionSource) = (.v1, .exampleURL)
                return
            }
        }
        if sawBetaNote {
            (facts.apiVersion, facts.apiVersionSource) = (.beta, .betaNote)
            return
        }
        (facts.apiVersion, facts.apiVersionSource) = (options.defaultVersion, .default)
        diagnose(
            .apiVersionUnknown,
            "page gives no API version (no version folder, example URL or beta note); assuming \(options.defaultVersion.rawValue)",
            at: titleOffset)
    }

    /// Assigns rows to the page's type and recovers translated names.
    mutating func finishProperties() {
        // Rows whose page names no type cannot enter the schema; classifyPage has said so.
        guard let owner = facts.typeName else { return }
        if facts.kind == .apiOperation, facts.operation != .create, facts.operation != .update { return }
        let recovery = recoveredNames(
            properties.map { NameRecovery.Row(name: $0.rawName, followsCandidateOrder: !$0.fact.isNavigation) },
            candidates: representationKeys())
        for (index, pending) in properties.enumerated() {
            guard let name = recovery.names[index] else {
                reportUnmapped(pending.rawName, at: pending.nameOffset, what: "property", matchedBySound: recovery.matchedBySound)
                continue
            }
            var fact = pending.fact
            fact.owner = owner
            fact.name = name
            if Identifier.hasNonASCII(pending.rawName) { fact.writtenName = pending.rawName }
            facts.properties.append(fact)
        }
    }

    mutating func finishEnums() {
        for pending in enums {
            guard let name = pending.name.map({ DescriptionModifiers.qualify($0, namespace: facts.namespace) }) ?? facts.typeName else {
                continue
            }
            // Members in prose elsewhere on the page keep their English names.
            let shortName = name.split(separator: ".").last.map(String.init) ?? name
            let prose = facts.properties.filter { Self.equalIgnoringCase($0.type.shortName, shortName) }
                .flatMap { $0.possibleValues ?? [] }.map(\.name)
            let recovery = recoveredNames(
                pending.members.map { NameRecovery.Row(name: $0.rawName, followsCandidateOrder: true) }, candidates: prose)
            var members: [EnumMemberFact] = []
            for (index, member) in pending.members.enumerated() {
                guard let memberName = recovery.names[index] else {
                    reportUnmapped(member.rawName, at: member.nameOffset, what: "member", matchedBySound: recovery.matchedBySound)
                    continue
                }
                var fact = member.member
                fact.name = memberName
                if Identifier.hasNonASCII(member.rawName) { fact.writtenName = member.rawName }
                members.append(fact)
            }
            facts.enums.append(EnumFact(name: name, members: members, source: pending.source, position: position(pending.offset)))
        }
    }

    /// Names as written when they are identifiers; otherwise, on translated pages, recovered
    /// from the English candidates; otherwise the first identifier-like word of the cell.
    private func recoveredNames(_ rows: [NameRecovery.Row], candidates: [String]) -> NameRecovery.Recovery {
        let cleaned = rows.map { row -> NameRecovery.Row in
            var copy = row
            copy.name = Self.nameToken(row.name)
            return copy
        }
        if page.form == .machineTranslated { return NameRecovery.recover(cleaned, candidates: candidates) }
        return NameRecovery.Recovery(names: cleaned.map { Identifier.isValid($0.name) ? $0.name : nil }, matchedBySound: true)
    }

    /// The name in a name cell: its first word without trailing punctuation, so that
    /// "backupReviewers (deprecated)" and "mail;" give "backupReviewers" and "mail". A cell
    /// whose words outside parentheses are not all ASCII is kept whole, since a translation can
    /// be several words ("VPP токены").
    static func nameToken(_ cell: String) -> String {
        // Most name cells are a bare identifier already, and the splits below cost a grapheme walk.
        if Identifier.isValid(cell) { return cell }
        let trimmed = cell.trimmingWhitespace()
        // Only the first piece of each split is wanted: one split, not one per word of the cell.
        let outsideParentheses = trimmed.split(separator: "(", maxSplits: 1).first.map(String.init) ?? trimmed
        guard let first = trimmed.split(maxSplits: 1, whereSeparator: { $0.isWhitespace || $0 == "(" }).first else { return trimmed }
        let word = first.trimming { ".,;:*`\"".unicodeScalars.contains($0) }
        if Identifier.isValid(word), !Identifier.hasNonASCII(outsideParentheses) { return word }
        return Identifier.hasNonASCII(trimmed) ? trimmed.trimming { ".,;:".unicodeScalars.contains($0) } : word
    }

    /// The English names the page's JSON keeps: keys of the resource representation and of the examples.
    private func representationKeys() -> [String] {
        var keys: [String] = []
        for example in facts.examples where example.role == .resource || example.role == .request || example.role == .response {
            guard let body = example.body else { continue }
            let object = body.elements?.first ?? body
            keys += (object.members ?? []).map(\.key)
        }
        return keys
    }

    private mutating func reportUnmapped(_ rawName: String, at offset: Int, what: String, matchedBySound: Bool) {
        if Identifier.hasNonASCII(rawName), !matchedBySound {
            let limit = NameRecovery.maximumSoundComparisons
            diagnose(.untranslatedIdentifier, "translated \(what) name '\(rawName)' was not matched by sound: its table has more "
                + "translated names and English keys than \(limit) comparisons allow; dropped", at: offset)
        } else if Identifier.hasNonASCII(rawName) {
            diagnose(.untranslatedIdentifier, "translated \(what) name '\(rawName)' has no English counterpart on the page; dropped", at: offset)
        } else {
            diagnose(.identifierInvalid, "\(what) name '\(rawName)' is not an identifier; dropped", at: offset)
        }
    }
}

extension StringProtocol {
    func droppingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : String(self)
    }
}
