import NewsModel
import ArabicText
import Testing
@testable import Storage

@Suite struct WordVariationTests {
    /// Applies `kind` to `word` for seeds 0..<40 and returns every distinct result.
    func outcomes(_ kind: WordVariation, _ word: String, proclitics: [String] = []) -> Set<String?> {
        Set((0..<40).map { seed -> String? in
            var rng = SeededGenerator(seed: UInt64(seed))
            return kind.apply(to: word, proclitics: proclitics, using: &rng)
        })
    }

    @Test func addCliticPutsAProcliticInFront() {
        let results = outcomes(.addClitic, "بوتين")
        #expect(results == ["وبوتين", "ببوتين", "لبوتين", "البوتين"])
        #expect(outcomes(.addClitic, "الحكومة", proclitics: ["ال"]) == ["والحكومة", "بالحكومة", "للحكومة"])
        #expect(outcomes(.addClitic, "بمصير", proclitics: ["ب"]) == [nil])
    }

    @Test func removeCliticTakesOffWhatTheAnalyzerFound() {
        #expect(outcomes(.removeClitic, "والسيسي", proclitics: ["و", "ال"]) == ["السيسي", "سيسي"])
        #expect(outcomes(.removeClitic, "للحكومة", proclitics: ["ل", "ال"]) == ["الحكومة", "حكومة"])
        #expect(outcomes(.removeClitic, "كاليفورنيا") == [nil])
    }

    @Test func tatweelGoesBetweenJoinedLetters() {
        for case let r? in outcomes(.tatweel, "وزير") {
            #expect(r.filter { $0 != "ـ" } == "وزير")
            #expect(r.count == 5)
            #expect(!r.hasPrefix("وـ"))  // و does not join the next letter
        }
        #expect(outcomes(.tatweel, "دار") == [nil])
    }

    @Test func diacriticsAddedAndStripped() {
        for case let r? in outcomes(.addDiacritics, "وزير") {
            #expect(r.unicodeScalars.filter { WordVariation.isDiacritic($0) }.count >= 1)
            #expect(String(String.UnicodeScalarView(r.unicodeScalars.filter { !WordVariation.isDiacritic($0) })) == "وزير")
        }
        #expect(outcomes(.stripDiacritics, "وَزِير") == ["وزير"])
        #expect(outcomes(.stripDiacritics, "وزير") == [nil])
    }

    @Test func lettersWrittenTheOtherWay() {
        #expect(outcomes(.bareAlef, "أحمد") == ["احمد"])
        #expect(outcomes(.bareAlef, "إيران") == ["ايران"])
        #expect(outcomes(.hamzaAlef, "احمد") == ["أحمد", "إحمد"])
        #expect(outcomes(.hamzaAlef, "الحكومة") == [nil])
        #expect(outcomes(.haForTaMarbuta, "الحكومة") == ["الحكومه"])
        #expect(outcomes(.taMarbutaForHa, "الحكومه") == ["الحكومة"])
        #expect(outcomes(.yaForAlefMaqsura, "مستشفى") == ["مستشفي"])
        #expect(outcomes(.alefMaqsuraForYa, "علي") == ["على"])
        #expect(outcomes(.haForTaMarbuta, "وزير") == [nil])
    }

    @Test func varyIsDeterministicAndNeverUndoesItself() {
        for seed in 0..<50 {
            var a = SeededGenerator(seed: UInt64(seed)), b = SeededGenerator(seed: UInt64(seed))
            let x = WordVariation.vary("الحكومة", proclitics: ["ال"], count: 2, using: &a)
            let y = WordVariation.vary("الحكومة", proclitics: ["ال"], count: 2, using: &b)
            #expect(x.word == y.word && x.applied == y.applied)
            #expect(x.word != "الحكومة")
            #expect(!x.applied.contains { k in x.applied.contains(k.inverse) && k != .tatweel })
        }
    }

    @Test func generatorIsDeterministicForASeed() {
        let articles = [
            QuerySourceArticle(id: "a", title: "بوتين يلتقي الرئيس الصيني في موسكو"),
            QuerySourceArticle(id: "b", title: "الحكومة المصرية تعلن تدشين سفينة حربية"),
            QuerySourceArticle(id: "c", title: "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"),
            QuerySourceArticle(id: "d", title: "في"),
        ]
        let analyzer = Analyzer()
        func draw(_ seed: UInt64) -> [KnownItemQuery] {
            KnownItemQueryGenerator(seed: seed, maximumDocumentFrequency: 1)
                .queries(count: 10, from: articles, analyzer: analyzer, documentFrequency: { _ in 1 })
        }
        let first = draw(7)
        #expect(first == draw(7))
        #expect(first.count == 3)  // "d" has no two content words
        for q in first {
            #expect((2...4).contains(q.unvaried.count))
            #expect(q.varied.count == q.unvaried.count)
            #expect(zip(q.unvaried, q.varied).allSatisfy { $0 != $1 })
            let title = articles.first { $0.id == q.articleID }!.title
            #expect(q.unvaried.allSatisfy { title.contains($0) })
        }
        #expect((0..<5).map { draw($0) }.contains { $0 != first })
    }

    @Test func reciprocalRankAtTen() {
        var rr = ReciprocalRank()
        rr.record(["x", "a"], target: "a")
        rr.record(Array(repeating: "x", count: 10) + ["a"], target: "a")
        #expect(rr.mean == 0.25)
    }
}
