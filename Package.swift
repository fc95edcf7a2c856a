// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Khabar",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "khabar", targets: ["khabar"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        .target(
            name: "ArabicText",
            resources: [.copy("Resources/lexicon.tsv")]
        ),
        .target(name: "NewsModel"),
        .target(name: "Extraction", dependencies: ["ArabicText", "NewsModel", "CLibXML2"]),
        .target(
            name: "Analysis",
            dependencies: ["ArabicText", "NewsModel"],
            resources: [.copy("Entities/Resources/entity-tagger.kner")]
        ),
        .target(
            name: "Storage",
            dependencies: ["ArabicText", "NewsModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "Ingest", dependencies: ["ArabicText", "NewsModel", "Extraction", "Analysis", "Storage", "CZlib"]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: nil, providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "Server",
            dependencies: ["Storage", "Ingest", "NewsModel", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText", "NewsModel", "Extraction", "Analysis", "Storage", "Ingest", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/demo-sample.jsonl.gz")]
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "NewsModel"]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsModel"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "ArabicText", "NewsModel"]),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "ArabicText", "NewsModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Storage", "NewsModel", "Analysis", "Extraction"]),
        .testTarget(
            name: "ServerTests",
            dependencies: ["Server", "Storage", "Ingest", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "KhabarCLITests", dependencies: ["khabar"]),
        .testTarget(name: "FingerprintTests", dependencies: ["Analysis", "Extraction", "Ingest", "NewsModel"]),
    ],
    swiftLanguageModes: [.v6]
)
