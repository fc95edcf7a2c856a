import Foundation

/// The shared read-only data folder (`../shared` next to the package root), found from this
/// file's path so that tests run from any working directory.
enum SharedData {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() } // Tests/ExtractionTests/SharedData.swift
        return url.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relative)))
    }
}
