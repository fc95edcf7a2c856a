import NewsModel
import Testing
@testable import Analysis

private func tags(_ s: String) -> [EntityTag] {
    s.split(separator: " ").map { EntityTag(conll: $0)! }
}

@Suite struct EntityScoreTests {
    @Test func chunksFollowSeqevalDefaultMode() {
        // I- without a preceding B- of the same type starts a new entity.
        #expect(EntityChunk.chunks(of: tags("O I-PERS I-PERS O")) == [EntityChunk(kind: .person, tokens: 1..<3)])
        #expect(EntityChunk.chunks(of: tags("B-PERS I-LOC")) ==
            [EntityChunk(kind: .person, tokens: 0..<1), EntityChunk(kind: .location, tokens: 1..<2)])
        #expect(EntityChunk.chunks(of: tags("B-LOC I-LOC B-LOC")) ==
            [EntityChunk(kind: .location, tokens: 0..<2), EntityChunk(kind: .location, tokens: 2..<3)])
        #expect(EntityChunk.chunks(of: tags("B-ORG I-ORG I-ORG")) == [EntityChunk(kind: .organization, tokens: 0..<3)])
        #expect(EntityChunk.chunks(of: tags("O O")).isEmpty)
    }

    @Test func exactSpanAndTypeMatching() {
        var score = EntityScore()
        // gold: PERS 0..<2, LOC 3..<4, ORG 5..<7
        // pred: PERS 0..<2 (right), ORG 3..<4 (wrong type), ORG 5..<6 (wrong span), MISC 7..<8 (spurious)
        score.add(gold: tags("B-PERS I-PERS O B-LOC O B-ORG I-ORG O"),
                  predicted: tags("B-PERS I-PERS O B-ORG O B-ORG O B-MISC"))
        #expect(score.overall.gold == 3)
        #expect(score.overall.predicted == 4)
        #expect(score.overall.truePositives == 1)
        #expect(abs(score.overall.precision - 0.25) < 1e-9)
        #expect(abs(score.overall.recall - 1.0 / 3) < 1e-9)
        #expect(abs(score.overall.f1 - 2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3)) < 1e-9)
        #expect(score[.person].f1 == 1)
        #expect(score[.location].recall == 0)
        #expect(score[.organization].predicted == 2)
        #expect(score[.miscellaneous].precision == 0)
    }

    @Test func iWithoutBCountsAsItsOwnEntity() {
        // seqeval: gold B-LOC I-LOC; predicted O I-LOC is an entity 1..<2, not a match.
        let s = EntityScore.score(gold: [tags("B-LOC I-LOC"), tags("O I-PERS")],
                                  predicted: [tags("O I-LOC"), tags("O B-PERS")])
        #expect(s.overall.gold == 2)
        #expect(s.overall.predicted == 2)
        #expect(s.overall.truePositives == 1)  // the I-PERS gold entity equals B-PERS at 1..<2
    }

    @Test func emptyScoresAreZeroNotNaN() {
        let s = EntityScore.score(gold: [tags("O")], predicted: [tags("O")])
        #expect(s.overall.f1 == 0)
        #expect(s.overall.precision == 0)
    }
}
