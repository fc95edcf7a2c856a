import ArabicText
import ArgumentParser
import Foundation
import Ingest

/// `khabar lexicon`: the word-form lexicon that guards the analyzer's cuts.
struct LexiconCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Build and inspect the lexicon that guards clitic and suffix cuts.",
        subcommands: [LexiconBuild.self, LexiconStats.self]
    )
}

/// `khabar lexicon build`: counts word forms over a corpus.
struct LexiconBuild: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Count the Arabic word forms of a corpus into a lexicon TSV.",
        discussion: "Inputs are JSON lines (gzip'ed or not) with `title` and `text` fields, or plain text files."
    )

    @Argument(help: "Corpus files: JSON lines (.jsonl, .jsonl.gz) or plain text.")
    var inputs: [String] = ["../shared/data/ant/ant-v2.1.jsonl.gz"]

    @Option(help: "Where to write the lexicon ('-' for stdout).")
    var out: String = "Sources/ArabicText/Resources/lexicon.tsv"

    @Option(help: "Keep forms seen at least this many times.")
    var minCount: Int = 2

    func run() async throws {
        var builder = LexiconBuilder()
        var documents = 0
        for input in inputs {
            guard input == "-" || FileManager.default.fileExists(atPath: input) else {
                stderrLine("khabar: no such file: \(input)")
                throw KhabarExit.missingFile
            }
            let reader = try LineReader(path: input)
            while let line = try reader.nextLine() {
                if let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                    for key in ["title", "text"] { if let s = record[key] as? String { builder.add(s) } }
                } else {
                    builder.add(String(decoding: line, as: UTF8.self))
                }
                documents += 1
                if stderrIsTerminal && documents % 1000 == 0 { FileHandle.standardError.write(Data("\r\(documents) lines".utf8)) }
            }
        }
        let header = """
            Khabar lexicon: Arabic word forms folded to the search level, TAB count [TAB H = mostly written with أ/إ/آ first].
            Built by `khabar lexicon build --min-count \(minCount)` from: \(inputs.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
            \(documents) lines, \(builder.tokens) word tokens, \(builder.distinctForms) distinct forms.
            """
        let tsv = builder.tsv(minimumCount: minCount, header: header)
        if out == "-" { print(tsv, terminator: "") } else { try tsv.write(toFile: out, atomically: true, encoding: .utf8) }
        let kept = tsv.split(separator: "\n").count - 3
        stderrLine("forms=\(kept) distinct=\(builder.distinctForms) tokens=\(builder.tokens) documents=\(documents)")
    }
}

/// `khabar lexicon stats`: how often different words share a name key.
struct LexiconStats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Report how often distinct words of a lexicon share a name key (and a stem)."
    )

    @Argument(help: "A lexicon TSV (default: the shipped one).")
    var lexicon: String = "Sources/ArabicText/Resources/lexicon.tsv"

    @Option(help: "Only forms seen at least this many times.")
    var minCount: Int = 5

    func run() async throws {
        let text = try TextInput.utf8Text(lexicon)
        let analyzer = Analyzer()
        var byKey: [String: Int] = [:]
        var words: [(String, String)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count >= 2, let n = Int(f[1]), n >= minCount else { continue }
            guard let t = analyzer.analyzeWord(String(f[0])), !t.nameKey.isEmpty else { continue }
            let bare = String(t.normalized.unicodeScalars.dropFirst(t.proclitics.joined().unicodeScalars.count)
                .dropLast(t.enclitics.joined().unicodeScalars.count).map(Character.init))
            words.append((bare, t.nameKey))
        }
        var bareSeen = Set<String>()
        for (bare, key) in words where bareSeen.insert(bare).inserted { byKey[key, default: 0] += 1 }
        let distinct = bareSeen.count
        let sharing = byKey.values.filter { $0 > 1 }.reduce(0, +)
        let share = distinct == 0 ? 0 : Double(sharing) / Double(distinct)
        print(String(format: "share_key=%.3f words=%d keys=%d words_sharing=%d", share, distinct, byKey.count, sharing))
    }
}
