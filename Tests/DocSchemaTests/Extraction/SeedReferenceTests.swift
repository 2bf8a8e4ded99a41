import DocSchema
import Foundation
import Testing

/// The full facts of the seeds, as `docschema extract seeds/*.txt --format json` writes them,
/// kept under Reference/ so that any change to what extraction sees shows up in review.
@Suite("Seed references")
struct SeedReferenceTests {
    @Test("seed facts match Reference/seed-facts.json")
    func seedFacts() async throws {
        let pages = await Pipeline.extract(files: Package.seeds)
        struct Document: Encodable {
            let format = 1
            let pages: [PageFacts]
        }
        // Paths relative to the package root, as `make run` passes them.
        let json = String(decoding: try StableJSON.encode(Document(pages: pages)), as: UTF8.self)
            .replacingOccurrences(of: Package.root.path + "/", with: "")
        try Reference.check(Data(json.utf8), against: "Tests/DocSchemaTests/Reference/seed-facts.json")
    }
}
