import Analysis
import ArgumentParser
import Foundation

/// `khabar eval duplicates`: near-duplicate detection on a seeded perturbation set from ANT, and
/// the short-text measure on ANS headline pairs.
struct EvalDuplicates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Duplicate detection: perturbations of ANT articles and ANS headline pairs.",
        discussion: """
            Perturbations: `PerturbationGenerator` draws --sample articles from --corpus with --seed and \
            makes six perturbed copies of each (typo, spacing, boilerplate-wrapper, truncation, \
            paragraph-moved, source-line: duplicates) and two same-category, close-date different \
            articles (not duplicates). A pair is judged duplicate when both bodies have a fingerprint \
            and they share the exact fingerprint, or share an LSH band and their estimated Jaccard \
            similarity reaches --threshold — exactly what `NearDuplicateIndex` decides.
            Pairs: each ANS pair is judged by the short-text measure (`ShortTextSignature`, character \
            trigrams of the folded text); gold positives are the `agree` pairs.
            Prints per-kind lines, then one summary line: f1, precision, recall (perturbations), \
            pairs_f1, pairs_precision, pairs_recall, counts and seconds.
            """
    )

    @Option(help: "ANT-style JSON lines (gzip'ed or not) the perturbations are drawn from.")
    var corpus: String = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "ANS stance CSV (s1,s2,stance) for the headline-pair measure; `none` to skip it.")
    var pairs: String = "../shared/data/ans/stance/dev.csv"

    @Option(help: "Articles drawn for the perturbation set.")
    var sample: Int = 2000

    @Option(help: "Seed of the perturbation generator.")
    var seed: UInt64 = 5

    @Option(help: "Read at most this many corpus records.")
    var limit: Int = .max

    @Option(help: "Tokens per shingle.")
    var shingleSize: Int = FingerprintParameters.default.shingleSize

    @Option(help: "MinHash functions.")
    var hashes: Int = FingerprintParameters.default.hashCount

    @Option(help: "LSH bands (hashes must be a multiple).")
    var bands: Int = FingerprintParameters.default.bandCount

    @Option(help: "Estimated Jaccard similarity at which two bodies are near-duplicates.")
    var threshold: Double = FingerprintParameters.default.threshold

    @Option(help: "Short-text (trigram Jaccard) similarity at which two headlines are one item.")
    var titleThreshold: Double = TitleGrouper.defaultThreshold

    @Flag(help: "Also print the false positives and false negatives of the perturbation set.")
    var errors = false

    func run() async throws {
        let start = Date()
        let parameters = FingerprintParameters(shingleSize: shingleSize, hashCount: hashes, bandCount: bands, threshold: threshold)
        let documents = try DuplicateCorpus.documents(path: corpus, limit: limit)
        let generated = PerturbationGenerator(seed: seed).pairs(from: documents, sampleSize: sample)
        let perturbations = EvalDuplicates.score(generated, documents: documents, parameters: parameters, printErrors: errors)

        var headlines = PrecisionRecall()
        var pairCount = 0
        if pairs != "none" {
            let read = try StancePairs.read(path: pairs)
            let grouper = TitleGrouper(threshold: titleThreshold)
            var byStance: [String: (n: Int, same: Int, sum: Double)] = [:]
            var similarities: [(Double, Bool)] = []
            for p in read.pairs {
                let s = ShortTextSignature(p.s1).similarity(to: ShortTextSignature(p.s2))
                similarities.append((s, p.stance == "agree"))
                let same = s >= grouper.threshold
                headlines.add(predicted: same, gold: p.stance == "agree")
                var e = byStance[p.stance, default: (0, 0, 0)]
                e.n += 1; e.same += same ? 1 : 0; e.sum += s
                byStance[p.stance] = e
            }
            pairCount = read.pairs.count
            for t in stride(from: 0.3, through: 0.91, by: 0.1) {
                var pr = PrecisionRecall()
                for (s, gold) in similarities { pr.add(predicted: s >= t, gold: gold) }
                print(String(format: "pairs title_threshold=%.1f precision=%.3f recall=%.3f f1=%.3f judged_same=%d", t, pr.precision, pr.recall, pr.f1, pr.truePositives + pr.falsePositives))
            }
            for (stance, e) in byStance.sorted(by: { $0.key < $1.key }) {
                print(String(format: "pairs stance=%@ pairs=%d judged_same=%d mean_similarity=%.3f", stance, e.n, e.same, e.sum / Double(max(1, e.n))))
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let pairFigures = pairCount == 0 ? "pairs_f1=na pairs_precision=na pairs_recall=na"
            : String(format: "pairs_f1=%.3f pairs_precision=%.3f pairs_recall=%.3f", headlines.f1, headlines.precision, headlines.recall)
        print(String(format: "f1=%.3f precision=%.3f recall=%.3f %@ perturbations=%d negatives=%d headline_pairs=%d shingle=%d hashes=%d bands=%d threshold=%.2f seconds=%.1f",
                     perturbations.f1, perturbations.precision, perturbations.recall, pairFigures,
                     perturbations.truePositives + perturbations.falseNegatives, perturbations.falsePositives + perturbations.trueNegatives,
                     pairCount, parameters.shingleSize, parameters.hashCount, parameters.bandCount, parameters.threshold, seconds))
    }

    /// Scores generated pairs as `NearDuplicateIndex` would decide them; prints one line per kind.
    static func score(_ pairs: [PerturbationGenerator.Pair], documents: [PerturbationGenerator.Document],
                      parameters: FingerprintParameters, printErrors: Bool) -> PrecisionRecall {
        let fingerprinter = Fingerprinter(parameters: parameters)
        var cache: [Int: (Fingerprint, [UInt64])?] = [:]
        func fingerprint(_ text: String) -> (Fingerprint, [UInt64])? {
            guard let f = try? fingerprinter.fingerprint(of: text) else { return nil }
            return (f, f.minHash.bandKeys(bands: parameters.bandCount))
        }
        var total = PrecisionRecall()
        var byKind: [String: PrecisionRecall] = [:]
        for pair in pairs {
            if cache[pair.original] == nil { cache[pair.original] = .some(fingerprint(documents[pair.original].body)) }
            var predicted = false
            var similarity = 0.0
            if let (a, ka) = cache[pair.original]!, let (b, kb) = fingerprint(pair.text) {
                similarity = a.minHash.estimatedJaccard(b.minHash)
                let candidate = a.exact == b.exact || zip(ka, kb).contains { $0 == $1 }
                predicted = candidate && (a.exact == b.exact || similarity >= parameters.threshold)
            }
            total.add(predicted: predicted, gold: pair.isDuplicate)
            byKind[pair.kind.description, default: PrecisionRecall()].add(predicted: predicted, gold: pair.isDuplicate)
            if printErrors && predicted != pair.isDuplicate {
                let other = pair.other.map { documents[$0].id } ?? "-"
                print(String(format: "error kind=%@ original=%@ other=%@ similarity=%.3f predicted=%@", pair.kind.description,
                             documents[pair.original].id, other, similarity, predicted ? "duplicate" : "distinct"))
            }
        }
        for (kind, pr) in byKind.sorted(by: { $0.key < $1.key }) {
            let judged = pr.truePositives + pr.falsePositives
            print("kind=\(kind) pairs=\(pr.total) judged_duplicate=\(judged)")
        }
        return total
    }
}
