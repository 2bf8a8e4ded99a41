/// The facts of a page in the cache's binary form: every stored property, in declaration
/// order. `FactsArchiveTests` checks that a page's facts come back equal, and that no type
/// here has gained a property this file does not write.
extension PageFacts: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(file); archive.write(form); archive.write(locale); archive.write(kind)
        archive.write(operation); archive.write(apiVersion); archive.write(apiVersionSource)
        archive.write(title); archive.write(titlePosition); archive.write(date); archive.write(namespace)
        archive.write(typeName); archive.write(typePage); archive.write(baseType); archive.write(baseTypePage)
        archive.write(derivedTypes); archive.write(isOpenType); archive.write(keyProperty)
        archive.write(typeDescription); archive.write(localizedTypeDescription)
        archive.write(properties); archive.write(enums); archive.write(annotations); archive.write(examples)
        archive.write(permissions); archive.write(diagnostics)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(file: try archive.read(), form: try archive.read(), locale: try archive.read())
        kind = try archive.read(); operation = try archive.read(); apiVersion = try archive.read()
        apiVersionSource = try archive.read(); title = try archive.read(); titlePosition = try archive.read()
        date = try archive.read(); namespace = try archive.read(); typeName = try archive.read()
        typePage = try archive.read(); baseType = try archive.read(); baseTypePage = try archive.read()
        derivedTypes = try archive.read(); isOpenType = try archive.read(); keyProperty = try archive.read()
        typeDescription = try archive.read(); localizedTypeDescription = try archive.read()
        properties = try archive.read(); enums = try archive.read(); annotations = try archive.read()
        examples = try archive.read(); permissions = try archive.read(); diagnostics = try archive.read()
    }
}

extension PageForm: ArchivableByName {}
extension PageKind: ArchivableByName {}
extension APIOperation: ArchivableByName {}
extension APIVersion: ArchivableByName {}
extension APIVersionSource: ArchivableByName {}
extension PropertyTableKind: ArchivableByName {}
extension EnumFact.Source: ArchivableByName {}
extension Example.Role: ArchivableByName {}
extension RuleID: ArchivableByName {}
extension Severity: ArchivableByName {}

extension SourcePosition: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.writeInt(line); archive.writeInt(column)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(line: try archive.readInt(), column: try archive.readInt())
    }
}

extension SourceLocation: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(file); archive.writeInt(line); archive.writeInt(column)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(file: try archive.readString(), line: try archive.readInt(), column: try archive.readInt())
    }
}

extension TypeRef: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(isCollection); archive.write(isPlaceholder)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(try archive.readString(), collection: try archive.read(), placeholder: try archive.read())
    }
}

extension TypeLink: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(page)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(name: try archive.read(), page: try archive.read())
    }
}

extension PropertyFact: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(owner); archive.write(name); archive.write(writtenName); archive.write(type)
        archive.write(typePage); archive.write(isNavigation); archive.write(table); archive.write(description)
        archive.write(localizedDescription); archive.write(modifiers); archive.write(possibleValues); archive.write(position)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(
            owner: try archive.read(), name: try archive.read(), writtenName: try archive.read(), type: try archive.read(),
            typePage: try archive.read(), isNavigation: try archive.read(), table: try archive.read(),
            description: try archive.read(), localizedDescription: try archive.read(), modifiers: try archive.read(),
            possibleValues: try archive.read(), position: try archive.read())
    }
}

extension PropertyModifiers: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(isReadOnly); archive.write(isNullable); archive.write(isRequired); archive.write(isKey)
        archive.write(supportsFilter); archive.write(isDeprecated); archive.write(inheritedFrom); archive.write(inheritedFromPage)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init()
        isReadOnly = try archive.read(); isNullable = try archive.read(); isRequired = try archive.read()
        isKey = try archive.read(); supportsFilter = try archive.read(); isDeprecated = try archive.read()
        inheritedFrom = try archive.read(); inheritedFromPage = try archive.read()
    }
}

extension EnumFact: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(members); archive.write(source); archive.write(position)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(name: try archive.read(), members: try archive.read(), source: try archive.read(), position: try archive.read())
    }
}

extension EnumMemberFact: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(writtenName); archive.write(value); archive.write(description); archive.write(position)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        let name: String = try archive.read()
        let writtenName: String? = try archive.read()
        self.init(name: name, value: try archive.read(), description: try archive.read(), position: try archive.read())
        self.writtenName = writtenName
    }
}

extension Annotation: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(blockType); archive.write(odataType); archive.write(baseType); archive.write(keyProperty)
        archive.write(isOpenType); archive.write(optionalProperties); archive.write(isTruncated)
        archive.write(isCollection); archive.write(name); archive.write(position)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(
            blockType: try archive.read(), odataType: try archive.read(), baseType: try archive.read(),
            keyProperty: try archive.read(), isOpenType: try archive.read(), optionalProperties: try archive.read(),
            isTruncated: try archive.read(), isCollection: try archive.read(), name: try archive.read(),
            position: try archive.read())
    }
}

extension Permission: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(type); archive.write(permissions)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(type: try archive.read(), permissions: try archive.read())
    }
}

extension Example: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(role); archive.write(annotation); archive.write(method); archive.write(url)
        archive.write(httpVersion); archive.write(statusCode); archive.write(headers); archive.write(body)
        archive.write(bodyText); archive.write(isStrictJSON); archive.write(jsonIssues); archive.write(position)
        archive.write(bodyPosition)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(
            role: try archive.read(), annotation: try archive.read(), method: try archive.read(), url: try archive.read(),
            httpVersion: try archive.read(), statusCode: try archive.read(), headers: try archive.read(),
            body: try archive.read(), bodyText: try archive.read(), isStrictJSON: try archive.read(),
            jsonIssues: try archive.read(), position: try archive.read(), bodyPosition: try archive.read())
    }
}

extension Example.Header: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(value); archive.write(position)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(name: try archive.read(), value: try archive.read(), position: try archive.read())
    }
}

extension JSONValue: Archivable {
    private enum Tag: UInt8 {
        case null, `false`, `true`, number, string, array, object
    }

    func archive(into archive: inout ArchiveWriter) {
        switch self {
        case .null: archive.writeByte(Tag.null.rawValue)
        case .bool(let value): archive.writeByte(value ? Tag.true.rawValue : Tag.false.rawValue)
        case .number(let text):
            archive.writeByte(Tag.number.rawValue)
            archive.write(text)
        case .string(let text):
            archive.writeByte(Tag.string.rawValue)
            archive.write(text)
        case .array(let elements):
            archive.writeByte(Tag.array.rawValue)
            archive.write(elements)
        case .object(let members):
            archive.writeByte(Tag.object.rawValue)
            archive.write(members)
        }
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        switch Tag(rawValue: try archive.readByte()) {
        case .null: self = .null
        case .false: self = .bool(false)
        case .true: self = .bool(true)
        case .number: self = .number(try archive.readString())
        case .string: self = .string(try archive.readString())
        case .array: self = .array(try archive.read())
        case .object: self = .object(try archive.read())
        case nil: throw ArchiveReader.Corrupt()
        }
    }
}

extension JSONValue.Member: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(key); archive.write(value); archive.writeInt(offset)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(key: try archive.read(), value: try archive.read(), offset: try archive.read())
    }
}

extension Diagnostic: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(rule); archive.write(severity); archive.write(message); archive.write(location); archive.write(related)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(
            try archive.read(), severity: try archive.read(), try archive.read(), at: try archive.read(),
            related: try archive.read())
    }
}

extension Diagnostic.Related: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(location); archive.write(message)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(location: try archive.read(), message: try archive.read())
    }
}
