import Foundation

@testable import ArabicText

/// `../shared` resolved from this file, so tests run from any directory.
let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared").standardized

/// Lines of a TSV test-vector file without comments: (input, expected).
func vectors(_ relativePath: String) throws -> [(String, String)] {
    let text = try String(contentsOf: shared.appendingPathComponent(relativePath), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        return f.count >= 2 ? (String(f[0]), String(f[1])) : nil
    }
}

/// The seed page's text.
func seedText() throws -> String {
    try String(contentsOf: shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt"), encoding: .utf8)
}
