import Analysis
import ArgumentParser
import Foundation
import NewsModel

/// `khabar eval ner FILE`: tags the sentences of a CoNLL file and scores the entities
/// against its gold tags — entity-level micro precision, recall and F1, exact span and type,
/// as seqeval's default IOB2 mode — overall and per type; ends with one summary line.
struct EvalNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Named-entity tagging against CoNLL gold; ends with one key=value summary line."
    )

    @Argument(help: "Gold data: CoNLL 'token TAG' lines, a blank line between sentences ('-' for stdin).")
    var file: String

    @Option(name: .long, help: "Model file written by 'khabar train ner' (default: the model shipped with Khabar).")
    var model: String?

    @Flag(name: .long, help: "Score only the held-out development part of FILE: its last sentences, the fraction the model was trained without (use with the file the model was trained from).")
    var dev = false

    @Option(name: .long, help: "With --dev: the held-out fraction (default: the one recorded in the model).")
    var devFraction: Double?

    @Option(name: .long, help: "Also write 'token gold predicted' lines (CoNLL, a blank line between sentences) to this file.")
    var predictions: String?

    /// CPU time used by this process so far.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func run() async throws {
        let tagger: EntityTagger
        do {
            if let model {
                guard FileManager.default.fileExists(atPath: model) else {
                    printError("no such model: \(model)")
                    throw KhabarExit.missingFile
                }
                tagger = try EntityTagger(contentsOf: URL(fileURLWithPath: model))
            } else {
                tagger = try EntityTagger.shipped()
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure("\(error)")
        }
        var sentences = try CoNLLInput.read(file)
        if dev {
            sentences = CoNLL.split(sentences, devFraction: devFraction ?? tagger.metadata.devFraction).dev
        }
        let tokens = sentences.reduce(0) { $0 + $1.tokens.count }

        // Speed is tokens per CPU-second of this process (tagging only, one thread), so that
        // other work on the machine does not count against it; the tagging is repeated until
        // it has taken half a second.
        var predicted: [[EntityTag]] = []
        var seconds = 0.0
        var passes = 0
        repeat {
            let start = Self.cpuSeconds()
            let p = tagger.tag(sentences: sentences.map(\.tokens))
            seconds += Self.cpuSeconds() - start
            if passes == 0 { predicted = p }
            passes += 1
        } while seconds < 0.5 && tokens > 0
        let tokensPerSecond = seconds > 0 ? Double(tokens * passes) / seconds : 0

        if let predictions {
            var out = ""
            for (s, p) in zip(sentences, predicted) {
                for i in s.tokens.indices { out += "\(s.tokens[i]) \(s.tags[i]) \(p[i])\n" }
                out += "\n"
            }
            do {
                try out.write(toFile: predictions, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("cannot write \(predictions): \(error.localizedDescription)")
            }
        }
        let score = EntityScore.score(gold: sentences.map(\.tags), predicted: predicted)
        print("type  precision recall f1    gold predicted")
        for kind in Mention.Kind.allCases {
            let c = score[kind]
            print("\(kind.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0)) \(Fmt.f3(c.precision))     \(Fmt.f3(c.recall))  \(Fmt.f3(c.f1)) \(c.gold) \(c.predicted)")
        }
        let o = score.overall
        print("f1=\(Fmt.f3(o.f1)) precision=\(Fmt.f3(o.precision)) recall=\(Fmt.f3(o.recall)) entities=\(o.gold) tokens_per_s=\(Fmt.int(tokensPerSecond)) per=\(Fmt.f3(score[.person].f1)) loc=\(Fmt.f3(score[.location].f1)) org=\(Fmt.f3(score[.organization].f1)) misc=\(Fmt.f3(score[.miscellaneous].f1)) tokens=\(tokens)")
    }
}
