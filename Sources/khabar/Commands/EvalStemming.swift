import ArabicText
import ArgumentParser
import Foundation

/// `khabar eval stemming`: how often Khabar's stem agrees with reference stemmers.
///
/// Agreement, not accuracy: Snowball is an aggressive root-ward stemmer and the golden
/// corpus follows a morphological notion of stem, while Khabar's light stem keeps what the
/// lexicon cannot justify cutting. Both sides are compared after search folding.
struct EvalStemming: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stemming",
        abstract: "Agreement of Khabar's stems with the Snowball oracle and the Arabic golden corpus."
    )

    @Option(help: "Folder with the Snowball oracle files (*.voc.txt and *.output.txt, line-aligned).")
    var snowball = "../shared/data/stemming/snowball_arabic_oracle"

    @Option(help: "The golden corpus JSON (word, stem, root).")
    var golden = "../shared/data/stemming/stemmer_golden_corpus_arabic/golden_corpus_arabic.json"

    func run() async throws {
        let start = Date()
        let analyzer = Analyzer()
        func stem(_ w: String) -> String { analyzer.analyzeWord(w)?.stem ?? Normalizer.search(w) }

        var snowballAgree = 0, snowballTotal = 0
        let files = (try? FileManager.default.contentsOfDirectory(atPath: snowball)) ?? []
        for voc in files.filter({ $0.hasSuffix(".voc.txt") }).sorted() {
            let out = voc.replacingOccurrences(of: ".voc.txt", with: ".output.txt")
            // Line-aligned: an empty output line is an empty stem, so empty lines are kept.
            func lines(_ name: String) throws -> [Substring] {
                var l = try TextInput.utf8Text(snowball + "/" + name).split(separator: "\n", omittingEmptySubsequences: false)
                if l.last == "" { l.removeLast() }
                return l
            }
            let words = try lines(voc), stems = try lines(out)
            guard words.count == stems.count else {
                stderrLine("khabar: \(voc) and \(out) differ in length (\(words.count) vs \(stems.count))")
                throw KhabarExit.badInput
            }
            for (w, s) in zip(words, stems) {
                snowballTotal += 1
                if stem(String(w)) == Normalizer.search(String(s)) { snowballAgree += 1 }
            }
        }

        var stemAgree = 0, rootAgree = 0, goldenTotal = 0
        let data = try Data(contentsOf: URL(fileURLWithPath: golden))
        guard let entries = try JSONSerialization.jsonObject(with: data) as? [[String: String]] else {
            stderrLine("khabar: \(golden) is not a list of {word, stem, root}")
            throw KhabarExit.badInput
        }
        for e in entries {
            guard let w = e["word"], let s = e["stem"], let r = e["root"] else { continue }
            goldenTotal += 1
            let ours = stem(w)
            if ours == Normalizer.search(s) { stemAgree += 1 }
            if ours == Normalizer.search(r) { rootAgree += 1 }
        }
        func rate(_ a: Int, _ n: Int) -> String { String(format: "%.3f", n == 0 ? 0 : Double(a) / Double(n)) }
        print("snowball_agreement=\(rate(snowballAgree, snowballTotal)) golden_stem_agreement=\(rate(stemAgree, goldenTotal)) "
            + "golden_root_agreement=\(rate(rootAgree, goldenTotal)) snowball_words=\(snowballTotal) golden_words=\(goldenTotal) "
            + String(format: "seconds=%.1f", Date().timeIntervalSince(start)))
    }
}
