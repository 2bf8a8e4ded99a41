// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "DocSchema",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocSchema", targets: ["DocSchema"]),
        .library(name: "GraphModels", targets: ["GraphModels"]),
        .executable(name: "docschema", targets: ["docschema"]),
        .plugin(name: "DocSchemaPlugin", targets: ["DocSchemaPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The per-thread memory cmark parses a page in (see ParseArena.swift).
        .target(name: "CParseArena"),
        // The fields of cmark's nodes the tree walk reads, read in place (see cmark_nodes.h).
        .target(name: "CCMarkNodes"),
        .target(
            name: "DocSchema",
            dependencies: [
                "CCMarkGFM",
                "CParseArena",
                "CCMarkNodes",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "docschema",
            dependencies: [
                "DocSchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc takes the place of glibc's malloc (a sixth of a corpus run's time); README "Set up".
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .plugin(
            name: "DocSchemaPlugin",
            capability: .buildTool(),
            dependencies: ["docschema"]
        ),
        .executableTarget(
            name: "docschema-corpus-check",
            dependencies: ["DocSchema"],
            path: "Sources/CorpusCheck"
        ),
        // libFuzzer's target (`make fuzz`); a normal build makes it a replayer of fuzz inputs.
        .executableTarget(
            name: "docschema-fuzz",
            dependencies: ["DocSchema"],
            path: "Sources/DocSchemaFuzz"
        ),
        // The models generated from seeds/ (`make generate`), compiled to prove they build.
        .target(name: "GraphModels", path: "Generated"),
        .testTarget(
            name: "GraphModelsTests",
            dependencies: ["GraphModels", "DocSchema"]
        ),
        // The models generated from a fixture page of hostile names (`make generate`).
        .target(name: "AdversarialModels", path: "Tests/AdversarialModels"),
        .testTarget(
            name: "AdversarialModelsTests",
            dependencies: ["AdversarialModels"]
        ),
        .testTarget(
            name: "DocSchemaTests",
            dependencies: ["DocSchema"],
            exclude: ["Fixtures", "Reference"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
