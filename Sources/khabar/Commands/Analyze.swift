import ArabicText
import ArgumentParser
import Foundation
import NewsModel

/// `khabar analyze`: the sentences and tokens of a text as Khabar's analyzer sees them.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the sentences and tokens of a text as Khabar analyses them.",
        discussion: """
            Output is one JSON line per sentence: {"span": {"start", "end"}, "tokens": [...]}, \
            each token with surface, span, kind, normalized, clitics, stem and nameKey. \
            Spans are half-open Unicode scalar offsets into the input.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, table
    }

    @Argument(help: "The UTF-8 text file to analyse; '-' or nothing reads stdin.")
    var file: String?

    @Option(help: "Output format: 'json' (JSON lines, one per sentence) or 'table' (for people).")
    var format: Format = .json

    @Flag(help: "Show punctuation and quotation-mark tokens in table output.")
    var punctuation = false

    func run() async throws {
        let text = try TextInput.utf8Text(file)
        let analyzer = Analyzer()
        var out = StandardOutput()
        let encoder = JSONEncoder.khabar
        for sentence in analyzer.sentences(text) {
            switch format {
            case .json:
                let line = SentenceJSON(span: Span(sentence.span), tokens: sentence.tokens.map(TokenJSON.init))
                out.write(String(decoding: try encoder.encode(line), as: UTF8.self))
            case .table:
                out.write("# [\(sentence.span.lowerBound), \(sentence.span.upperBound))")
                for t in sentence.tokens where punctuation || t.kind.isWord || t.kind == .number {
                    let clitics = (t.proclitics.map { $0 + "+" } + ["·"] + t.enclitics.map { "+" + $0 }).joined()
                    out.write([
                        t.surface, t.kind.rawValue, "\(t.token.scalars.lowerBound)-\(t.token.scalars.upperBound)",
                        t.normalized, clitics == "·" ? "-" : clitics, t.stem, t.nameKey.isEmpty ? "-" : t.nameKey,
                        t.isStopWord ? "stop" : "",
                    ].joined(separator: "\t"))
                }
            }
        }
        out.flush()
    }
}

/// One sentence of `khabar analyze` output.
struct SentenceJSON: Encodable {
    var span: Span
    var tokens: [TokenJSON]
}

/// One token of `khabar analyze` output.
struct TokenJSON: Encodable {
    struct Clitics: Encodable {
        var proclitics: [String]
        var enclitics: [String]
    }
    var surface: String
    var span: Span
    var kind: String
    var normalized: String
    var clitics: Clitics
    var stem: String
    var nameKey: String
    var stopWord: Bool

    init(_ t: AnalyzedToken) {
        surface = t.surface
        span = Span(t.token.scalars)
        kind = t.kind.rawValue
        normalized = t.normalized
        clitics = Clitics(proclitics: t.proclitics, enclitics: t.enclitics)
        stem = t.stem
        nameKey = t.nameKey
        stopWord = t.isStopWord
    }
}
