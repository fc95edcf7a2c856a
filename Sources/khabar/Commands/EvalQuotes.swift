import Analysis
import ArgumentParser
import Foundation
import NewsModel

/// `khabar eval quotes FILE`: quotation and speaker extraction against a quotes gold file
/// (JSON lines of `{id, text, quotes: [{speaker, speaker_surface, cue, kind, text,
/// continuation, borderline}]}`). Matching and speaker accuracy are defined in `QuoteScorer`.
struct EvalQuotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quotations and speakers against a quotes gold file (JSON lines).",
        discussion: """
            A predicted quote matches a gold one when its content covers at least half of the gold \
            text's word tokens (one to one, best first). Strict scores leave borderline gold items out; \
            lenient ones count them. Speaker accuracy is over matched strict pairs: the folded predicted \
            speaker contains, or is contained in, the gold speaker or speaker_surface. Ends with one \
            summary line: f1=… precision=… recall=… speaker_accuracy=… direct_recall=… indirect_recall=… \
            continuation_recall=… lenient_precision=… lenient_recall=… quotes=… articles=… seconds=…
            """
    )

    /// One line of the gold file.
    struct GoldArticle: Decodable {
        var id: String
        var text: String
        var quotes: [GoldQuote]
    }

    @Argument(help: "The gold file (JSON lines, e.g. ../shared/data/quotes/dev.gold.jsonl), or - for stdin.")
    var file: String

    @Option(help: "Skip this many articles from the start of the file.")
    var skip: Int = 0

    @Option(help: "Score at most this many articles (after --skip).")
    var limit: Int?

    @Flag(help: "Print each gold item that was missed and each prediction that matched nothing.")
    var verbose = false

    func validate() throws {
        if skip < 0 { throw ValidationError("--skip must not be negative") }
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative") }
    }

    func run() async throws {
        let text = try TextInput.utf8Text(file)
        let decoder = JSONDecoder()
        var articles: [GoldArticle] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            do {
                articles.append(try decoder.decode(GoldArticle.self, from: Data(line.utf8)))
            } catch {
                stderrLine("khabar: \(file): line \(n + 1) is not a quotes gold item: \(error)")
                throw KhabarExit.badInput
            }
        }
        let chosen = articles.dropFirst(skip).prefix(limit ?? Int.max)
        let started = Date()
        let extractor = QuoteExtractor()
        var score = QuoteScorer()
        var goldCount = 0
        for a in chosen {
            let predicted = extractor.quotes(in: a.text)
            score.add(text: a.text, predicted: predicted, gold: a.quotes)
            goldCount += a.quotes.count
            if verbose { report(a, predicted) }
        }
        let seconds = Date().timeIntervalSince(started)
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        print("slice          gold  pred  match  precision  recall  speaker")
        for slice in QuoteScorer.Slice.allCases {
            let c = score.counts[slice]!
            let name = slice.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
            print("\(name) \(pad(c.gold, 5)) \(pad(c.predicted, 5)) \(pad(c.matched, 6))  \(f(c.precision).leftPadded(9))  \(f(c.recall).leftPadded(6))  \(f(c.speakerAccuracy).leftPadded(7))")
        }
        let all = score.counts[.all]!, len = score.counts[.lenient]!
        print("f1=\(f(all.f1)) precision=\(f(all.precision)) recall=\(f(all.recall)) speaker_accuracy=\(f(all.speakerAccuracy)) direct_recall=\(f(score.counts[.direct]!.recall)) indirect_recall=\(f(score.counts[.indirect]!.recall)) continuation_recall=\(f(score.counts[.continuation]!.recall)) continuation_speaker_accuracy=\(f(score.counts[.continuation]!.speakerAccuracy)) lenient_precision=\(f(len.precision)) lenient_recall=\(f(len.recall)) quotes=\(goldCount) articles=\(chosen.count) seconds=\(String(format: "%.2f", seconds))")
    }

    private func pad(_ n: Int, _ w: Int) -> String { String(n).leftPadded(w) }

    private func report(_ a: GoldArticle, _ predicted: [Quote]) {
        let scalars = Array(a.text.unicodeScalars)
        func slice(_ s: Span?) -> String {
            s?.text(in: scalars) ?? "-"
        }
        print("## \(a.id)")
        for q in predicted {
            var one = QuoteScorer()
            one.add(text: a.text, predicted: [q], gold: a.quotes)
            let mark = one.counts[.lenient]!.matched == 0 ? "FP" : " +"
            print("  \(mark) [\(q.kind.rawValue)\(q.isContinuation ? ",cont" : "")\(q.parent.map { ",in \($0)" } ?? "")] \(q.cue) | \(q.speaker ?? "-") | \(slice(q.content).prefix(80))")
        }
        for g in a.quotes {
            var one = QuoteScorer()
            one.add(text: a.text, predicted: predicted, gold: [g])
            let c = one.counts[.lenient]!
            var mark = c.matched == 0 ? "MISS" : (c.speakerRight == 0 ? "SPKR" : "ok  ")
            if c.matched == 0 {
                let cover = QuoteScorer.bestCoverage(text: a.text, predicted: predicted, gold: g)
                if cover > 0 { mark += String(format: " (covered %.2f)", cover) }
            }
            // For a wrong speaker, what was predicted instead (the best-covering prediction).
            let said = c.speakerRight == 0 && c.matched > 0 ? predicted.first { q in
                var pair = QuoteScorer(); pair.add(text: a.text, predicted: [q], gold: [g]); return pair.counts[.lenient]!.matched > 0
            }.map { " [predicted: \($0.speaker ?? "-")\($0.isContinuation ? ", cont" : "")]" } ?? "" : ""
            print("  \(mark) \(g.borderline ? "(b) " : "")\(g.continuation ? "(c) " : "")\(g.cue) | \(g.speaker) / \(g.speakerSurface ?? "-")\(said) | \(g.text.prefix(70))")
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
