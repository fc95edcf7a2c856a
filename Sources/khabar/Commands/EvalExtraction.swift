import ArgumentParser
import Extraction
import Foundation
import Ingest
import NewsModel

/// `khabar eval extraction DIR`: main-text extraction scored against gold snippets.
///
/// DIR holds `gold.json` (URL → `file`, `with`, `without`) and `pages/FILE.gz`. A `with`
/// snippet found in the extracted text is a true positive, missed a false negative; a
/// `without` snippet found is a false positive. Pages/s counts extraction only (not reading
/// or inflating files).
struct EvalExtraction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Main-text extraction against gold snippets.",
        discussion: "Ends with one line: f1=… precision=… recall=… pages=… pages_per_s=…"
    )

    @Argument(help: "A directory with gold.json and pages/NAME.gz.")
    var dir: String

    @Flag(help: "Print one line per page with its misses and false positives.")
    var verbose = false

    @Option(help: "Extract each page this many times when timing (the score uses the first run).")
    var repeats: Int = 1

    struct GoldPage: Decodable {
        var file: String
        var with: [String]
        var without: [String]
    }

    func run() async throws {
        let goldURL = URL(fileURLWithPath: dir).appendingPathComponent("gold.json")
        guard let goldData = FileManager.default.contents(atPath: goldURL.path) else {
            FileHandle.standardError.write(Data("khabar: no gold.json in \(dir)\n".utf8))
            throw KhabarExit.missingFile
        }
        let gold: [String: GoldPage]
        do {
            gold = try JSONDecoder().decode([String: GoldPage].self, from: goldData)
        } catch {
            FileHandle.standardError.write(Data("khabar: \(goldURL.path) is not a gold file: \(error)\n".utf8))
            throw KhabarExit.badInput
        }
        var pages: [(url: String, gold: GoldPage, bytes: [UInt8])] = []
        for (url, g) in gold.sorted(by: { $0.key < $1.key }) {
            let path = URL(fileURLWithPath: dir).appendingPathComponent("pages").appendingPathComponent(g.file + ".gz").path
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("khabar: missing page \(path)\n".utf8))
                throw KhabarExit.missingFile
            }
            pages.append((url, g, try Gzip.inflate(Array(data))))
        }
        let extractor = Extractor()
        var texts = [String](repeating: "", count: pages.count)
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        for run in 0..<max(1, repeats) {
            let start = clock.now
            for (k, p) in pages.enumerated() {
                let page = RawPage(bytes: p.bytes, url: p.url, contentType: "text/html", format: .html)
                let body = (try? extractor.extract(page))?.body ?? ""
                if run == 0 { texts[k] = body }
            }
            elapsed += clock.now - start
        }
        var tp = 0, fn = 0, fp = 0, tn = 0
        for (k, p) in pages.enumerated() {
            let text = texts[k]
            var missed: [String] = [], leaked: [String] = []
            for s in p.gold.with { if text.contains(s) { tp += 1 } else { fn += 1; missed.append(s) } }
            for s in p.gold.without { if text.contains(s) { fp += 1; leaked.append(s) } else { tn += 1 } }
            if verbose && (!missed.isEmpty || !leaked.isEmpty) {
                print("\(p.gold.file)\tmissed=\(missed)\tleaked=\(leaked)")
            }
        }
        let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let seconds = elapsed.seconds
        let perSecond = Double(pages.count * max(1, repeats)) / max(seconds, 1e-9)
        print(String(format: "f1=%.3f precision=%.3f recall=%.3f pages=%d pages_per_s=%.0f", f1, precision, recall, pages.count, perSecond))
    }
}
