import DocSchema
import Foundation
import Testing

/// Every form a page comes in must yield the same facts for the same content.
@Suite("Page forms")
struct PageFormsTests {
    /// What must agree between two renderings: everything but the places.
    struct Comparable: Equatable {
        var properties: [String]
        var descriptions: [String]
        var members: [[String]]
        var modifiers: [PropertyModifiers]
        var bodies: [JSONValue]
        var typeName: String?
        var operation: APIOperation?
        var apiVersion: APIVersion

        init(_ page: PageFacts) {
            properties = page.properties.map(summary)
            descriptions = page.properties.map(\.description)
            members = page.properties.map { $0.possibleValues?.map(\.name) ?? [] }
            // A plain-text rendering has lost its links, and with them the pages they point at.
            modifiers = page.properties.map {
                var modifiers = $0.modifiers
                modifiers.inheritedFromPage = nil
                return modifiers
            }
            bodies = page.examples.compactMap(\.body)
            typeName = page.typeName
            operation = page.operation
            apiVersion = page.apiVersion
        }
    }

    @Test("the plain-text seed 001 gives what its GFM rendering gives")
    func plainTextMatchesMarkdown() {
        let plain = Pipeline.extract(file: Package.seed("001"))
        let markdown = Pipeline.extract(file: Package.fixture("001-as-gfm.md"))
        #expect(plain.form == .plainText)
        #expect(markdown.form == .gfm)
        #expect(Comparable(plain) == Comparable(markdown))
        #expect(plain.permissions == markdown.permissions)
        #expect(plain.examples.map(\.bodyText) == markdown.examples.map(\.bodyText))
    }
}
