import DocSchema
import Foundation
import Testing

/// The seeds' facts, schema and CSDL, as `docschema extract seeds/*.txt` writes them, kept
/// under Reference/ so that any change to what extraction or reconciling sees shows up in review.
@Suite("Seed references")
struct SeedReferenceTests {
    /// Paths relative to the package root, as `make run` passes them.
    func relative(_ data: Data) -> Data {
        Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: Package.root.path + "/", with: "").utf8)
    }

    @Test("seed facts match Reference/seed-facts.json")
    func seedFacts() async throws {
        let pages = await Pipeline.extract(files: Package.seeds)
        struct Document: Encodable {
            let format = 1
            let pages: [PageFacts]
        }
        try Reference.check(relative(try StableJSON.encode(Document(pages: pages))), against: "Tests/DocSchemaTests/Reference/seed-facts.json")
    }

    @Test("the seeds' schema matches Reference/seed-schema.json")
    func seedSchema() async throws {
        let pages = await Pipeline.extract(files: Package.seeds)
        let schema = Reconciler.reconcile(pages).schema
        try Reference.check(relative(try StableJSON.encode(schema)), against: "Tests/DocSchemaTests/Reference/seed-schema.json")
    }

    @Test("the seeds' CSDL matches Reference/seed-<version>.xml", arguments: APIVersion.allCases)
    func seedCSDL(version: APIVersion) async throws {
        let pages = await Pipeline.extract(files: Package.seeds)
        let schema = Reconciler.reconcile(pages.filter { $0.apiVersion == version }).schema
        let xml = CSDLWriter.write(schema)
        try Reference.check(Data(xml.utf8), against: "Tests/DocSchemaTests/Reference/seed-\(version.rawValue).xml")
        // The reference is valid XML that the scorer's parser can read.
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
    }
}
