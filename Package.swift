// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DocSchema",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocSchema", targets: ["DocSchema"]),
        .executable(name: "docschema", targets: ["docschema"]),
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
        .target(
            name: "DocSchema",
            dependencies: [
                "CCMarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "docschema",
            dependencies: [
                "DocSchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "docschema-corpus-check",
            dependencies: ["DocSchema"],
            path: "Sources/CorpusCheck"
        ),
        .testTarget(
            name: "DocSchemaTests",
            dependencies: ["DocSchema"],
            exclude: ["Fixtures", "Reference"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
