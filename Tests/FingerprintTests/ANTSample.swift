import Analysis
import Foundation
import Ingest

/// A few real ANT articles, read from the shared gzip file with `LineReader`.
enum ANTSample {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared").standardized
    static let path = shared.appendingPathComponent("data/ant/ant-v2.1.jsonl.gz").path

    /// The first `count` records of ANT as generator documents (and the records whose body
    /// holds only the opinion-page disclaimer, when `disclaimers` is set, up to that many).
    static func documents(count: Int) throws -> [PerturbationGenerator.Document] {
        let reader = try LineReader(path: path)
        var docs: [PerturbationGenerator.Document] = []
        while docs.count < count, let line = try reader.nextLine() {
            guard let r = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            docs.append(document(r, index: docs.count))
        }
        return docs
    }

    /// The ANT bodies that hold only the Al Arabiya opinion disclaimer (reads the whole file).
    static func disclaimerBodies() throws -> [(id: String, body: String)] {
        let reader = try LineReader(path: path)
        var found: [(String, String)] = []
        let marker = Array("جميع المقالات المنشورة تمثل".utf8)
        while let line = try reader.nextLine() {
            guard line.count < 2000, contains(line, marker),
                  let r = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = r["text"] as? String, text.count < 80 else { continue }
            found.append((r["id"] as? String ?? "", text))
        }
        return found
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }

    private static func document(_ r: [String: Any], index: Int) -> PerturbationGenerator.Document {
        PerturbationGenerator.Document(id: r["id"] as? String ?? String(index), title: r["title"] as? String ?? "",
                                       body: r["text"] as? String ?? "", category: r["category"] as? String,
                                       published: Double(index))
    }
}
