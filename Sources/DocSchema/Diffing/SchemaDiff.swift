/// The Diff stage: two documentation states in, the changes between them out.
///
/// Each API version is compared with the same version on the other side. When the two sides
/// document one version each, and not the same one (a v1.0 page against a beta page), they are
/// compared as two revisions of one page, under the new side's version.
public enum SchemaDiff {
    public struct Options: Sendable {
        /// Keep beta findings at their v1.0 level instead of one lower.
        public var strictBeta: Bool

        public init(strictBeta: Bool = false) {
            self.strictBeta = strictBeta
        }
    }

    /// Every change from `old` to `new`, most severe first, then by version and subject.
    public static func diff(_ old: DiffSide, _ new: DiffSide, options: Options = .init()) -> [DiffFinding] {
        // One lookup per side and version: v1.0's comparison also reads both sides' beta.
        let oldLookups = old.schemas.mapValues(SchemaLookup.init)
        let newLookups = new.schemas.mapValues(SchemaLookup.init)
        let empty = SchemaLookup(Schema(types: []))
        let availability = Availability(oldBeta: oldLookups[.beta], newBeta: newLookups[.beta])
        var findings: [DiffFinding] = []
        for (oldVersion, newVersion) in pairs(old.versions, new.versions) {
            let comparison = VersionComparison(
                old: oldVersion.flatMap { oldLookups[$0] } ?? empty,
                new: newVersion.flatMap { newLookups[$0] } ?? empty,
                version: newVersion ?? oldVersion ?? .v1,
                availability: newVersion == .v1 ? availability : nil)
            findings += comparison.findings()
        }
        if !options.strictBeta {
            for index in findings.indices where findings[index].version == .beta {
                findings[index].level = findings[index].level.lowered
            }
        }
        return findings.sorted { lhs, rhs in
            if lhs.level != rhs.level { return lhs.level > rhs.level }
            if lhs.version != rhs.version { return lhs.version < rhs.version }
            if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
            return lhs.rule.rawValue < rhs.rule.rawValue
        }
    }

    /// The versions to compare: each with itself, or the only version of each side with the other's.
    static func pairs(_ old: [APIVersion], _ new: [APIVersion]) -> [(APIVersion?, APIVersion?)] {
        if old.count == 1, new.count == 1, old != new { return [(old[0], new[0])] }
        return Set(old + new).sorted().map { version in
            (old.contains(version) ? version : nil, new.contains(version) ? version : nil)
        }
    }
}

/// The beta schemas of both sides, to tell a v1.0 addition that beta had before (a promotion)
/// from a new element, and a v1.0 removal that beta keeps (a withdrawal) from a deletion.
struct Availability {
    let oldBeta: SchemaLookup
    let newBeta: SchemaLookup

    init?(oldBeta: SchemaLookup?, newBeta: SchemaLookup?) {
        guard let oldBeta, let newBeta else { return nil }
        self.oldBeta = oldBeta
        self.newBeta = newBeta
    }
}
