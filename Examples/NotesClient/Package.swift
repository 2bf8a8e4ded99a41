// swift-tools-version:6.1
// An example of the DocSchema build-tool plugin: the models in NotesModels are generated at
// build time from the documentation pages in Sources/NotesModels.
import PackageDescription

let package = Package(
    name: "NotesClient",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "DocSchema", path: "../..")
    ],
    targets: [
        .target(
            name: "NotesModels",
            plugins: [.plugin(name: "DocSchemaPlugin", package: "DocSchema")]
        ),
        .executableTarget(
            name: "notes-client",
            dependencies: ["NotesModels"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
