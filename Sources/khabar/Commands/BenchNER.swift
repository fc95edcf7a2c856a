import Analysis
import ArabicText
import ArgumentParser
import Foundation
import Ingest
import NewsModel

/// `khabar bench ner`: entity tagging speed on one core, and tagging plus linking per article.
struct BenchNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity tagging speed in tokens/s on one core (release build), and tag+link speed per article.",
        discussion: """
            INPUT is JSON lines (gzip'ed or not, `title`/`text` fields) or an ANERcorp-style CoNLL file. \
            The texts are loaded first (not timed); the shipped model is loaded before timing. Then, on the \
            calling thread: tokenize + tag every text (`EntityTagger.mentions(in:)`) and, for JSON lines, \
            tag + link every article (`linkedMentions`, what ingest does). Prints tokens_per_s (tagging), \
            articles_per_s (tag + link), tokens, documents, seconds.
            """
    )

    @Argument(help: "JSON lines (gzip'ed or not) or a CoNLL file.")
    var input: String = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "Use at most this many documents (JSON lines) or sentences (CoNLL).")
    var limit: Int = 5000

    func run() async throws {
        guard FileManager.default.fileExists(atPath: input) else {
            stderrLine("khabar: no such file: \(input)")
            throw KhabarExit.missingFile
        }
        let tagger: EntityTagger
        do { tagger = try EntityTagger.shipped() } catch { throw CommandFailure("\(error)") }
        let clock = ContinuousClock()
        let isConll = !(input.hasSuffix(".jsonl") || input.hasSuffix(".gz") || input.hasSuffix(".json"))
        if isConll {
            let sentences = Array(try CoNLLInput.read(input).prefix(limit)).map { $0.tokens }
            let tokens = sentences.reduce(0) { $0 + $1.count }
            var found = 0
            let elapsed = clock.measure {
                // Documents of 20 sentences, as the tagger's document memory sees them.
                var i = 0
                while i < sentences.count {
                    let doc = Array(sentences[i..<min(sentences.count, i + 20)])
                    found += tagger.tag(sentences: doc).reduce(0) { $0 + $1.filter { $0 != .outside }.count }
                    i += 20
                }
            }
            let seconds = elapsed.seconds
            print(String(format: "tokens_per_s=%.0f tokens=%d sentences=%d seconds=%.2f tagged=%d",
                         Double(tokens) / seconds, tokens, sentences.count, seconds, found))
            return
        }
        let texts = try BenchAnalyze.loadRecords(input, limit: limit)
        let tokens = texts.reduce(0) { $0 + EntityTokenizer.sentences($1.title).joined().count + EntityTokenizer.sentences($1.text).joined().count }
        var mentions = 0
        let tagTime = clock.measure {
            for t in texts { mentions += tagger.mentions(in: t.title).count + tagger.mentions(in: t.text).count }
        }
        let analyzer = Analyzer()
        let linker = EntityLinker()
        var linked = 0
        let linkTime = clock.measure {
            for t in texts {
                let article = Article(id: "", title: t.title, paragraphs: [t.text])
                linked += tagger.linkedMentions(in: article, analyzer: analyzer, linker: linker).count
            }
        }
        print(String(format: "tokens_per_s=%.0f articles_per_s=%.0f tokens=%d documents=%d tag_seconds=%.2f link_seconds=%.2f mentions=%d linked=%d",
                     Double(tokens) / tagTime.seconds, Double(texts.count) / linkTime.seconds, tokens, texts.count,
                     tagTime.seconds, linkTime.seconds, mentions, linked))
    }
}

extension BenchAnalyze {
    /// Titles and texts of the records of a JSON-lines file.
    static func loadRecords(_ path: String, limit: Int) throws -> [(title: String, text: String)] {
        let reader = try LineReader(path: path)
        var out: [(title: String, text: String)] = []
        while out.count < limit, let line = try reader.nextLine() {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            out.append(((record["title"] as? String) ?? "", (record["text"] as? String) ?? ""))
        }
        return out
    }
}
