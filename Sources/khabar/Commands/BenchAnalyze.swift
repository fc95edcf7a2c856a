import NewsModel
import ArabicText
import ArgumentParser
import Foundation
import Ingest

/// `khabar bench analyze`: throughput of normalise + tokenize + stem on one core.
struct BenchAnalyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Throughput of Khabar's analyzer (normalise + tokenize + segment + stem) on one core.",
        discussion: """
            Loads the texts first (not timed), then analyses every text with one Analyzer on the \
            calling thread, producing the normalised form and stem of every token as the indexer does. \
            Prints mb_per_s (MB = 10^6 bytes of UTF-8 input) and tokens_per_s.
            """
    )

    @Argument(help: "JSON lines (gzip'ed or not) whose `title`/`text` fields are analysed, or a plain text file.")
    var input: String = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "Analyse the whole input this many times (the first pass warms the memo; all are timed).")
    var passes: Int = 3

    @Option(help: "Use at most this many documents.")
    var limit: Int = .max

    func run() async throws {
        guard input == "-" || FileManager.default.fileExists(atPath: input) else {
            stderrLine("khabar: no such file: \(input)")
            throw KhabarExit.missingFile
        }
        let texts = try BenchAnalyze.loadTexts(input, limit: limit)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let analyzer = Analyzer()
        _ = ArabicText.Lexicon.shared.count  // load the lexicon outside the timing
        var tokens = 0
        var checksum = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, passes) {
                for t in texts {
                    analyzer.forEachTerm(in: t) { term in
                        tokens += 1
                        checksum &+= term.stem.count
                    }
                }
            }
        }
        let seconds = elapsed.seconds
        let mb = Double(bytes * max(1, passes)) / 1e6
        print(String(format: "mb_per_s=%.1f tokens_per_s=%.0f mb=%.1f tokens=%d documents=%d seconds=%.2f checksum=%d",
                     mb / seconds, Double(tokens) / seconds, mb, tokens, texts.count, seconds, checksum))
    }

    /// Titles and texts of a JSON-lines file, or the lines of a plain text file.
    static func loadTexts(_ path: String, limit: Int) throws -> [String] {
        let reader = try LineReader(path: path)
        var texts: [String] = []
        while texts.count < limit, let line = try reader.nextLine() {
            if line.first == UInt8(ascii: "{"), let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                let parts = ["title", "text"].compactMap { record[$0] as? String }
                texts.append(parts.joined(separator: "\n"))
            } else {
                texts.append(String(decoding: line, as: UTF8.self))
            }
        }
        return texts
    }
}
