import Foundation

/// Reads one side of a diff: a page, a folder of pages, a saved schema, or pages already in
/// memory (from a git revision).
public enum DiffInput {
    /// A side, or the diagnostics that say why it cannot be read.
    public struct Loaded: Sendable {
        public var side: DiffSide?
        /// Inputs that could not be read: missing, binary, not UTF-8, not a schema.
        public var failures: [Diagnostic]
    }

    /// A `.json` file is a saved schema; anything else is a page or a folder of pages.
    public static func load(_ path: String, options: ExtractionOptions = .init()) async -> Loaded {
        var isFolder: ObjCBool = false
        if path.hasSuffix(".json"), FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            return savedSchema(at: path)
        }
        let listing = InputFiles.list([path])
        guard listing.failures.isEmpty else { return Loaded(side: nil, failures: listing.failures) }
        return pages(await Pipeline.extract(files: listing.files, options: options))
    }

    /// Pages whose bytes are already in memory, such as the blobs of a git revision.
    public static func load(_ files: [SourceFile], options: ExtractionOptions = .init()) -> Loaded {
        var failures: [Diagnostic] = []
        var checked: [SourceFile] = []
        for file in files {
            switch SourceFile.check(file, maximumSize: options.limits.maximumPageSize) {
            case .success(let file): checked.append(file)
            case .failure(let diagnostic): failures.append(diagnostic)
            }
        }
        guard failures.isEmpty else { return Loaded(side: nil, failures: failures) }
        return pages(ParallelMap.map(checked) { Pipeline.extract($0, options: options) })
    }

    private static func pages(_ facts: [PageFacts]) -> Loaded {
        let failures = facts.flatMap { $0.diagnostics.filter { Checker.inputRules.contains($0.rule) } }
        guard failures.isEmpty else { return Loaded(side: nil, failures: failures) }
        return Loaded(side: .pages(facts), failures: [])
    }

    private static func savedSchema(at path: String) -> Loaded {
        let place = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(side: nil, failures: [Diagnostic(.inputUnreadable, "file cannot be read", at: place)])
        }
        do {
            let schema = try JSONDecoder().decode(Schema.self, from: data)
            guard schema.format == Schema.currentFormat else {
                return Loaded(side: nil, failures: [Diagnostic(
                    .schemaInvalid, "schema format \(schema.format) is not the format this docschema reads (\(Schema.currentFormat))", at: place)])
            }
            return Loaded(side: .saved(schema), failures: [])
        } catch {
            return Loaded(side: nil, failures: [Diagnostic(
                .schemaInvalid, "not a schema written by `docschema extract --format json`: \(Self.reason(error))", at: place)])
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "invalid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _): "no '\(key.stringValue)' key"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }
}
