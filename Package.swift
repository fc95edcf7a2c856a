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
        .target(name: "Ingest", dependencies: ["ArabicText", "NewsModel", "Extraction", "Analysis", "CZlib"]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: nil, providers: [.apt(["zlib1g-dev"])]),
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText", "NewsModel", "Extraction", "Analysis", "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsModel"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "ArabicText", "NewsModel"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        .testTarget(name: "KhabarCLITests", dependencies: ["khabar"]),
    ],
    swiftLanguageModes: [.v6]
)
