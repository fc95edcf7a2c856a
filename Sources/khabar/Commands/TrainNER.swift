import NewsModel
import Analysis
import ArgumentParser
import Foundation
import Ingest

/// `khabar train ner TRAIN.conll --out MODEL`: trains the entity tagger on the first part of a
/// CoNLL file, holding out its last `--dev-fraction` of sentences, and reports the held-out
/// F1 after each pass. Deterministic: the same input and options give the same model bytes.
struct TrainNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger on a CoNLL file (token TAG lines); ends with one key=value summary line."
    )

    @Argument(help: "Training data: CoNLL 'token TAG' lines, a blank line between sentences ('-' for stdin).")
    var file: String

    @Option(name: .long, help: "Where to write the model.")
    var out: String

    @Option(name: .long, help: "Fraction of sentences, at the end of the file, held out as the development part and not trained on.")
    var devFraction: Double = 0.1

    @Option(name: .long, help: "Passes over the training sentences.")
    var epochs: Int = 8

    @Option(name: .long, help: "Seed of the shuffle between passes.")
    var seed: UInt64 = 20_260_101

    @Option(name: .long, help: "Folds for the learned-name gazetteer (1 turns jackknifing off).")
    var folds: Int = 5

    @Option(name: .long, help: "Sentences before and after a sentence that make its document for the second, document-aware pass (0 turns that pass off).")
    var documentWindow: Int = 50

    @Option(name: .long, help: "Perceptrons per pass, each with its own shuffle, averaged into one model.")
    var ensemble: Int = 3

    @Option(name: .long, help: "Unlabeled news (JSON lines with a 'text' field, .jsonl or .jsonl.gz, e.g. ../shared/data/ant/ant-v2.1.jsonl.gz): names the tagger finds there become self-trained gazetteer entries.")
    var unlabeled: String?

    @Option(name: .long, help: "With --unlabeled: use at most this many documents (in file order).")
    var unlabeledLimit: Int = 100_000

    func validate() throws {
        guard (0..<1).contains(devFraction) else { throw ValidationError("--dev-fraction must be in [0, 1)") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard ensemble >= 1 else { throw ValidationError("--ensemble must be at least 1") }
        guard folds >= 1 else { throw ValidationError("--folds must be at least 1") }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let sentences = try CoNLLInput.read(file)
        let (train, dev) = CoNLL.split(sentences, devFraction: devFraction)
        let trainer = EntityTaggerTrainer(
            epochs: epochs, seed: seed, folds: folds, devFraction: devFraction,
            documentPass: documentWindow > 0, documentWindow: documentWindow, ensemble: ensemble)
        var lastScore: EntityScore? = nil
        var documents: [[[String]]] = []
        if let unlabeled {
            guard FileManager.default.fileExists(atPath: unlabeled) else {
                printError("no such file: \(unlabeled)")
                throw KhabarExit.missingFile
            }
            let reader = try LineReader(path: unlabeled)
            while documents.count < unlabeledLimit, let line = try reader.nextLine() {
                guard let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = record["text"] as? String else { continue }
                documents.append(EntityTokenizer.sentences(text).map { $0.map(\.text) })
            }
        }
        let tagger = try trainer.train(train, unlabeled: documents) { epoch, tagger in
            guard !dev.isEmpty else { return }
            let score = EntityScore.score(gold: dev.map(\.tags), predicted: tagger.tag(sentences: dev.map(\.tokens)))
            lastScore = score
            print("epoch=\(epoch) dev_f1=\(Fmt.f3(score.overall.f1))")
        }
        let data = tagger.serialized()
        do {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
        let seconds = (clock.now - started).seconds
        var line = ""
        if let s = lastScore { line += "dev_f1=\(Fmt.f3(s.overall.f1)) " }
        line += "sentences=\(train.count) unlabeled_documents=\(documents.count) dev_sentences=\(dev.count) features=\(tagger.featureCount) bytes=\(data.count) seconds=\(Fmt.f1(seconds))"
        print(line)
    }
}
