import DocSchema
import Foundation

/// Paths into the package: the seed pages and the test fixtures.
enum Package {
    /// The package root, found from this file's own path.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The seed whose file name starts with `number`, such as "000".
    static func seed(_ number: String) -> String {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasPrefix(number + "_") }) else { return folder.appendingPathComponent(number).path }
        return folder.appendingPathComponent(name).path
    }

    static var seeds: [String] {
        ["000", "001", "002", "003", "004"].map(seed)
    }

    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/DocSchemaTests/Fixtures/\(name)").path
    }
}

/// Runs the first three stages on text held in the test.
func facts(of markdown: String, path: String = "page.md", options: ExtractionOptions = .init()) -> PageFacts {
    Pipeline.extract(SourceFile(path: path, bytes: Array(markdown.utf8)), options: options)
}

/// A property as one readable line: `name: Type`, `name: [Type]` for collections, then
/// `< Ancestor` when the row says where it is inherited from.
func summary(_ property: PropertyFact) -> String {
    let type = property.type.isCollection ? "[\(property.type.name)]" : property.type.name
    var line = "\(property.name): \(type)"
    if let ancestor = property.modifiers.inheritedFrom { line += " < \(ancestor)" }
    return line
}
