import NewsModel
import Analysis
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `khabar bench duplicates`: near-duplicate detection over ANT several times over, on one core.
struct BenchDuplicates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Near-duplicate detection throughput and memory over ANT copies with perturbations (one core).",
        discussion: """
            Streams INPUT --copies times (never holding the corpus): pass 0 adds the articles as they are, \
            pass c ≥ 1 adds each article changed by one `Perturbation` (kind rotating with the article \
            and the pass, seeded). Every body is fingerprinted (`Fingerprinter`) and looked up then \
            added in one `NearDuplicateIndex`, on the calling thread; only that is timed (reading, \
            JSON decoding and perturbing are not), in CPU time of the thread \
            (articles_per_s: one core's throughput, fair on a shared machine) and in wall time \
            (wall_articles_per_s). Stops after --limit articles. Prints what pass 0 \
            shows about the input itself (exact duplicates across categories, near-duplicates, bodies \
            without a fingerprint), then one summary line: articles_per_s first, peak_rss_mb from \
            the kernel's high-water mark (VmHWM).
            """
    )

    @Argument(help: "ANT-style JSON lines (gzip'ed or not).")
    var input: String = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "Passes over the input (pass 0 unchanged, later passes perturbed).")
    var copies: Int = 4

    @Option(help: "Stop after this many articles.")
    var limit: Int = 100_000

    @Option(help: "Seed of the perturbations.")
    var seed: UInt64 = 5

    func run() async throws {
        let parameters = FingerprintParameters.default
        let fingerprinter = Fingerprinter(parameters: parameters)
        var index = NearDuplicateIndex(parameters: parameters, expectedCount: limit)
        let generator = PerturbationGenerator(seed: seed)
        let clock = ContinuousClock()
        var timed = Duration.zero
        var cpu = 0.0
        var articles = 0, exact = 0, near = 0
        var warnings: [String: Int] = [:]
        var firstPassDocument: [Int32] = []      // record → document number in pass 0, -1 without fingerprint
        var firstPassCategory: [String] = []
        var documentRecord: [Int32] = []         // document → record (pass 0 only)
        var crossCategoryExact = 0, sameCategoryExact = 0, originalNear = 0
        var copiesExpected = 0, copiesFound = 0
        var bytes = 0

        passes: for pass in 0..<max(1, copies) {
            var corpus = try DuplicateCorpus(path: input)
            var rng = SeededGenerator(seed: seed &+ UInt64(pass))
            var record = 0
            while let r = try corpus.next() {
                if articles >= limit { break passes }
                var body = r.text ?? ""
                if pass > 0 {
                    let kind = Perturbation.allCases[(record + pass) % Perturbation.allCases.count]
                    body = generator.perturb(body, kind, rng: &rng, otherTitle: r.title ?? "")
                }
                bytes += body.utf8.count
                let t0 = clock.now
                let c0 = BenchDuplicates.threadCPUSeconds()
                let result: Result<(document: Int, matches: [NearDuplicateIndex.Match]), FingerprintWarning>
                do {
                    let f = try fingerprinter.fingerprint(of: body)
                    result = .success(index.add(f))
                } catch {
                    result = .failure(error)
                }
                cpu += BenchDuplicates.threadCPUSeconds() - c0
                timed += clock.now - t0
                articles += 1

                switch result {
                case .failure(let w):
                    warnings[BenchDuplicates.name(of: w), default: 0] += 1
                    if pass == 0 { firstPassDocument.append(-1); firstPassCategory.append(r.category ?? "") }
                case .success(let (document, matches)):
                    if let m = matches.first { if m.isExact { exact += 1 } else { near += 1 } }
                    if pass == 0 {
                        firstPassDocument.append(Int32(document))
                        firstPassCategory.append(r.category ?? "")
                        documentRecord.append(Int32(record))
                        if let m = matches.first {
                            let other = Int(documentRecord[m.document])
                            if m.isExact {
                                if firstPassCategory[other] != (r.category ?? "") { crossCategoryExact += 1 } else { sameCategoryExact += 1 }
                            } else {
                                originalNear += 1
                            }
                        }
                    } else if record < firstPassDocument.count, firstPassDocument[record] >= 0 {
                        copiesExpected += 1
                        let original = Int(firstPassDocument[record])
                        if matches.contains(where: { $0.document == original }) || BenchDuplicates.sameGroup(matches, original, index) {
                            copiesFound += 1
                        }
                    }
                }
                record += 1
            }
        }

        let wallSeconds = timed.seconds
        print("input: exact_duplicates_across_categories=\(crossCategoryExact) exact_duplicates_same_category=\(sameCategoryExact) near_duplicates=\(originalNear) records=\(firstPassDocument.count)")
        print("no_fingerprint: " + warnings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        print("copies: found=\(copiesFound) expected=\(copiesExpected)")
        print(String(format: "articles_per_s=%.0f wall_articles_per_s=%.0f articles=%d exact=%d near=%d no_fingerprint=%d copy_recall=%.4f mb=%.1f cpu_seconds=%.2f wall_seconds=%.2f peak_rss_mb=%.0f shingle=%d hashes=%d bands=%d threshold=%.2f",
                     Double(articles) / cpu, Double(articles) / wallSeconds, articles, exact, near, warnings.values.reduce(0, +),
                     Double(copiesFound) / Double(max(1, copiesExpected)), Double(bytes) / 1e6, cpu, wallSeconds, BenchDuplicates.peakRSSMegabytes(),
                     parameters.shingleSize, parameters.hashCount, parameters.bandCount, parameters.threshold))
    }

    /// A copy also counts as found when it matched an earlier exact duplicate of its original.
    static func sameGroup(_ matches: [NearDuplicateIndex.Match], _ original: Int, _ index: NearDuplicateIndex) -> Bool {
        let o = index.signature(of: original)
        return matches.contains { index.signature(of: $0.document) == o }
    }

    static func name(of w: FingerprintWarning) -> String {
        switch w {
        case .emptyBody: return "empty"
        case .boilerplateOnly: return "boilerplate_only"
        case .tooShort: return "too_short"
        }
    }

    /// CPU time of the calling thread in seconds (`CLOCK_THREAD_CPUTIME_ID`): the time this
    /// core spent on the work, whatever other processes do on a shared machine.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The process's peak resident set size in MB (Linux `VmHWM`), 0 elsewhere.
    static func peakRSSMegabytes() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }
}
