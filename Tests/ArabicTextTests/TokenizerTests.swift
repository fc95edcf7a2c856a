import NewsModel
import Testing
@testable import ArabicText

@Suite struct TokenizerTests {
    func tokens(_ s: String) -> [(String, TokenKind)] {
        Tokenizer().tokenize(s).map { ($0.surface(in: s), $0.kind) }
    }

    @Test func kindsOfTokens() {
        let t = tokens("قال 2.5 و١٢ عربي21 http://example.com/a?b=1. news@example.org #إليسا @khabar_ar، \"نعم\" «لا»")
        #expect(t.map(\.0) == ["قال", "2.5", "و", "١٢", "عربي", "21", "http://example.com/a?b=1", ".", "news@example.org",
                               "#إليسا", "@khabar_ar", "،", "\"", "نعم", "\"", "«", "لا", "»"])
        #expect(t.map(\.1) == [.arabicWord, .number, .arabicWord, .number, .arabicWord, .number, .url, .punctuation, .email,
                               .hashtag, .mention, .punctuation, .quote, .arabicWord, .quote, .quote, .arabicWord, .quote])
    }

    @Test func tatweelDoesNotSplitAndJoinsACutOffProclitic() {
        #expect(tokens("بـالضغط").map(\.0) == ["بـالضغط"])
        #expect(tokens("بـ الضغط بكل").map(\.0) == ["بـ الضغط", "بكل"])
        #expect(tokens("مصادر لـ عربي21:").map(\.0) == ["مصادر", "لـ عربي", "21", ":"])
        // Without tatweel, or across a quotation mark, nothing is joined.
        #expect(tokens("ب الضغط").map(\.0) == ["ب", "الضغط"])
        #expect(tokens("بـ\"ذا فويس\"").map(\.0) == ["بـ", "\"", "ذا", "فويس", "\""])
    }

    @Test func quotesGluedToWords() {
        #expect(tokens("إنشاء\"نظام").map(\.0) == ["إنشاء", "\"", "نظام"])
    }

    @Test func hashtagWithUnderscoreAndArabicURL() {
        #expect(tokens("#عاصي_الحلاني").map(\.0) == ["#عاصي_الحلاني"])
        let url = "http://www.alarabiya.net/ar/2018/02/18/هكذا-تحالفت.html"
        #expect(tokens(url + "،").map(\.0) == [url, "،"])
    }

    @Test func spansAreScalarOffsetsAndUTF8Offsets() {
        let s = "البلدَين 12"
        let t = Tokenizer().tokenize(s)
        #expect(t[0].scalars == 0..<8)
        #expect(t[0].utf8 == 0..<16)
        #expect(t[1].scalars == 9..<11)
        #expect(t[1].utf8 == 17..<19)
    }

    @Test func spansCoverTextInOrderOnRandomInput() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<1500 {
            let s = RandomText.make(using: &rng, maxLength: 60)
            let scalars = Array(s.unicodeScalars)
            let toks = Tokenizer().tokenize(s)
            var covered = [Bool](repeating: false, count: scalars.count)
            var last = 0
            for t in toks {
                #expect(t.scalars.lowerBound >= last, "overlap in \(s.debugDescription)")
                #expect(!t.scalars.isEmpty && t.scalars.upperBound <= scalars.count)
                last = t.scalars.upperBound
                for i in t.scalars where i < covered.count { covered[i] = true }
            }
            // What no token covers is space, a line break or an invisible format character.
            for (i, c) in covered.enumerated() where !c {
                let cls = ScalarClass.of(scalars[i].value)
                #expect(cls == .space || cls == .lineBreak || cls == .ignorable, "uncovered \(scalars[i]) in \(s.debugDescription)")
            }
        }
    }
}
