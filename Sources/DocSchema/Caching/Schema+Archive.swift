/// A reconciled schema in the cache's binary form, for `FactsCache`'s memo of a whole run:
/// every stored property, in declaration order (`FactsArchiveTests` checks the round trip).
extension Reconciler.Result: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(schema); archive.write(documentation); archive.write(diagnostics)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(schema: try archive.read(), documentation: try archive.read(), diagnostics: try archive.read())
    }
}

extension Schema: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.writeInt(format); archive.write(types)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        let format = try archive.readInt()
        self.init(types: try archive.read())
        self.format = format
    }
}

extension TypeKind: ArchivableByName {}

extension SchemaType: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(kind); archive.write(baseType); archive.write(isAbstract); archive.write(isOpen)
        archive.write(key); archive.write(description); archive.write(localizedDescription); archive.write(availability)
        archive.write(properties); archive.write(members); archive.write(sources)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(name: try archive.read(), kind: try archive.read())
        baseType = try archive.read(); isAbstract = try archive.read(); isOpen = try archive.read(); key = try archive.read()
        description = try archive.read(); localizedDescription = try archive.read(); availability = try archive.read()
        properties = try archive.read(); members = try archive.read(); sources = try archive.read()
    }
}

extension SchemaProperty: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(type); archive.write(isNavigation); archive.write(description)
        archive.write(localizedDescription); archive.write(isReadOnly); archive.write(isNullable); archive.write(isRequired)
        archive.write(isDeprecated); archive.write(availability); archive.write(sources); archive.write(isInNewestRevision)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(name: try archive.read(), type: try archive.read(), isNavigation: try archive.read())
        description = try archive.read(); localizedDescription = try archive.read(); isReadOnly = try archive.read()
        isNullable = try archive.read(); isRequired = try archive.read(); isDeprecated = try archive.read()
        availability = try archive.read(); sources = try archive.read(); isInNewestRevision = try archive.read()
    }
}

extension SchemaMember: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(name); archive.write(value); archive.write(description); archive.write(availability)
        archive.write(sources); archive.write(isInNewestRevision)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init(name: try archive.read())
        value = try archive.read(); description = try archive.read(); availability = try archive.read()
        sources = try archive.read(); isInNewestRevision = try archive.read()
    }
}

extension Documentation: Archivable {
    func archive(into archive: inout ArchiveWriter) {
        archive.write(types); archive.write(properties); archive.write(members); archive.write(pageTypes)
        archive.write(typesByPageStem)
    }

    init(from archive: inout ArchiveReader) throws(ArchiveReader.Corrupt) {
        self.init()
        types = try archive.read(); properties = try archive.read(); members = try archive.read()
        pageTypes = try archive.read(); typesByPageStem = try archive.read()
    }
}
