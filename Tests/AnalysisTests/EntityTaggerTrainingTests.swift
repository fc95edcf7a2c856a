import Foundation
import Testing
@testable import Analysis

/// `../shared` next to the repository, found from this file.
func sharedDirectory() -> URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        let candidate = url.appendingPathComponent("../shared").standardizedFileURL
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("data/anercorp/train.txt").path) {
            return candidate
        }
    }
    return URL(fileURLWithPath: "/work/shared")
}

/// The first `count` sentences of ANERcorp's training part.
func anercorpSlice(_ count: Int) throws -> [TaggedSentence] {
    let all = try CoNLL.read(contentsOf: sharedDirectory().appendingPathComponent("data/anercorp/train.txt"))
    return Array(all.prefix(count))
}

@Suite struct EntityTaggerTrainingTests {
    @Test func trainingIsDeterministic() throws {
        let slice = try anercorpSlice(150)
        let trainer = EntityTaggerTrainer(epochs: 2, folds: 3)
        let a = try trainer.train(slice).serialized()
        let b = try trainer.train(slice).serialized()
        #expect(a == b)
        #expect(a.count > 1000)
    }

    @Test func modelRoundTrips() throws {
        let slice = try anercorpSlice(150)
        let tagger = try EntityTaggerTrainer(epochs: 2, folds: 3).train(slice)
        let bytes = tagger.serialized()
        let loaded = try EntityTagger(serialized: bytes)
        #expect(loaded.serialized() == bytes)
        #expect(loaded.metadata == tagger.metadata)
        #expect(loaded.gazetteer == tagger.gazetteer)
        let sentences = try anercorpSlice(200).suffix(50).map(\.tokens)
        #expect(loaded.tag(sentences: sentences) == tagger.tag(sentences: sentences))
    }

    @Test func trainedSliceLearnsItsOwnData() throws {
        let slice = try anercorpSlice(150)
        let tagger = try EntityTaggerTrainer(epochs: 4, folds: 3).train(slice)
        let score = EntityScore.score(gold: slice.map(\.tags), predicted: slice.map { tagger.tag($0.tokens) })
        #expect(score.overall.f1 > 0.9)
    }

    @Test func rejectsBadModelData() {
        #expect(throws: EntityTaggerError.self) { try EntityTagger(serialized: Data("KNER".utf8)) }
        #expect(throws: EntityTaggerError.self) { try EntityTagger(serialized: Data("nope".utf8)) }
        #expect(throws: EntityTaggerError.noTrainingData) { try EntityTaggerTrainer().train([]) }
    }
}
