import Analysis
import NewsModel
import Testing

/// The quotes metric on a tiny hand-made gold.
@Suite struct QuoteScorerTests {
    let text = "وقال الوزير إن الاقتصاد ينمو بسرعة كبيرة. واتهم الحزب الحكومة بالفشل في إدارة الملف. وأضاف أن البطالة تراجعت هذا العام."
    var gold: [GoldQuote] {
        [
            GoldQuote(speaker: "الوزير", speakerSurface: "الوزير", cue: "وقال", kind: .indirect, text: "الاقتصاد ينمو بسرعة كبيرة"),
            GoldQuote(speaker: "الحزب", speakerSurface: "الحزب", cue: "واتهم", kind: .indirect, text: "الحكومة بالفشل في إدارة الملف", borderline: true),
            GoldQuote(speaker: "الوزير", speakerSurface: nil, cue: "وأضاف", kind: .indirect, text: "البطالة تراجعت هذا العام", continuation: true),
        ]
    }
    func span(_ s: String) -> Span {
        let t = Array(text.unicodeScalars), n = Array(s.unicodeScalars)
        for i in 0...(t.count - n.count) where Array(t[i..<(i + n.count)]) == n { return Span(start: i, end: i + n.count) }
        fatalError("not in text: \(s)")
    }

    @Test func halfTheGoldTokensMakeAMatch() {
        let predicted = [
            Quote(speaker: "الوزير", speakerSpan: nil, cue: "وقال", cueSpan: span("وقال"), kind: .indirect, content: span("الاقتصاد ينمو")),
            Quote(speaker: "الحزب", speakerSpan: nil, cue: "واتهم", cueSpan: span("واتهم"), kind: .indirect, content: span("الحكومة بالفشل في إدارة الملف")),
            Quote(speaker: "المعارضة", speakerSpan: nil, cue: "وأضاف", cueSpan: span("وأضاف"), kind: .indirect, content: span("البطالة"), isContinuation: true),
        ]
        var score = QuoteScorer()
        score.add(text: text, predicted: predicted, gold: gold)
        let strict = score.counts[.all]!
        // 2 of 4 gold tokens is half: a match. 1 of 4 is not. The borderline match counts in neither.
        #expect(strict.gold == 2 && strict.predicted == 2 && strict.matched == 1)
        #expect(strict.precision == 0.5 && strict.recall == 0.5 && strict.speakerAccuracy == 1)
        let lenient = score.counts[.lenient]!
        #expect(lenient.gold == 3 && lenient.predicted == 3 && lenient.matched == 2)
        #expect(score.counts[.continuation]!.recall == 0)
    }

    @Test func speakerMatchesByFoldedContainment() {
        let g = GoldQuote(speaker: "بنجامان غريفو", speakerSurface: "المتحدث باسم الحكومة", cue: "وقال", kind: .direct, text: "x")
        #expect(QuoteScorer.speakerMatches("المتحدث", g))
        #expect(QuoteScorer.speakerMatches("الوزير بنجامان غريفو", g))
        #expect(QuoteScorer.speakerMatches("بنجامان غريفـو", g))
        #expect(!QuoteScorer.speakerMatches("الرئيس", g))
        #expect(!QuoteScorer.speakerMatches(nil, g))
    }
}
