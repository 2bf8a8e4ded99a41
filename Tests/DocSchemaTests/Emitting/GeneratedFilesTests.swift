import DocSchema
import Foundation
import Testing

/// The staleness guard, after swift-format's GeneratedFilesValidityTests: the committed
/// generated folders must be exactly what the current generator makes from their pages.
@Suite("Generated folders are up to date")
struct GeneratedFilesTests {
    @Test("Generated/ is what the generator makes from seeds/")
    func seedModels() async throws {
        try await check(folder: "Generated", pages: Package.seeds)
    }

    @Test("Tests/AdversarialModels/ is what the generator makes from the adversarial fixture")
    func adversarialModels() async throws {
        try await check(folder: "Tests/AdversarialModels", pages: [Package.fixture("adversarial-names.md")])
    }

    private func check(folder: String, pages: [String]) async throws {
        let facts = await Pipeline.extract(files: pages)
        let schema = Reconciler.reconcile(facts).schema
        let expected = SwiftGenerator.generate(schema, options: .init(sourceRoot: Package.root.path)).files
        let directory = Package.root.appendingPathComponent(folder)
        if Reference.isRecording {
            _ = try GeneratedFolder.write(expected, to: directory.path, header: SwiftGenerator.header)
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }.sorted()
        let refresh = "run `make generate` to refresh it"
        #expect(names == expected.map(\.name), "\(folder) has other files than the generator makes; \(refresh)")
        for file in expected {
            let actual = FileManager.default.contents(atPath: directory.appendingPathComponent(file.name).path)
            #expect(actual == Data(file.contents.utf8), "\(folder)/\(file.name) is stale; \(refresh)")
        }
    }
}
