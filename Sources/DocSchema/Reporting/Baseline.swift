import Foundation

/// The findings a project has accepted for now: `check --write-baseline` writes them, and
/// `check --baseline` hides them, so that only new findings fail a run.
///
/// Findings are matched by fingerprint (see ``Fingerprints``): a defect that appears once more
/// than the baseline says is new.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var fingerprint: String
        public var rule: RuleID
        public var file: String
        public var message: String
    }

    public static let currentFormat = 1

    public var format: Int
    /// Sorted by file, rule, message and fingerprint, so that a rewritten baseline diffs cleanly.
    public var findings: [Entry]

    /// A baseline of every finding in `report`.
    public init(_ report: CheckReport) {
        format = Self.currentFormat
        findings = zip(report.findings, report.fingerprints).map { finding, print in
            Entry(fingerprint: print, rule: finding.rule, file: report.paths.display(finding.location.file), message: finding.message)
        }.sorted { ($0.file, $0.rule.rawValue, $0.message, $0.fingerprint) < ($1.file, $1.rule.rawValue, $1.message, $1.fingerprint) }
    }

    /// Reads a baseline file; the error says what is wrong with it.
    public static func read(from path: String) throws -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BaselineError("cannot read the baseline \(path): \(error.localizedDescription)")
        }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.format == currentFormat else {
                throw BaselineError("the baseline \(path) has format \(baseline.format); this version reads format \(currentFormat)")
            }
            return baseline
        } catch let error as BaselineError {
            throw error
        } catch {
            throw BaselineError("the baseline \(path) is not a docschema baseline: \(error)")
        }
    }
}

public struct BaselineError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
