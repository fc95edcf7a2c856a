import Foundation
import Testing
@testable import Ingest

/// `../shared` resolved from this file, so tests run from any directory.
let sharedData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/data").standardized

@Test func readsTheGzippedANTCorpusLineByLine() throws {
    let reader = try LineReader(path: sharedData.appendingPathComponent("ant/ant-v2.1.jsonl.gz").path)
    var count = 0
    var firstID = ""
    while let line = try reader.nextString(), count < 500 {
        if count == 0, let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
            firstID = obj["id"] as? String ?? ""
        }
        count += 1
    }
    #expect(count == 500)
    #expect(firstID == "AL-culture-1-20180218")
}

@Test func readsPlainFilesAndCRLF() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-lines-\(UUID().uuidString).txt")
    try Data("سطر أول\r\nline two\nlast".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let reader = try LineReader(path: url.path)
    var lines: [String] = []
    while let l = try reader.nextString() { lines.append(l) }
    #expect(lines == ["سطر أول", "line two", "last"])
}

@Test func missingFileIsAClearError() {
    #expect(throws: LineReader.ReadError.self) { try LineReader(path: "/nonexistent/khabar.txt") }
}
