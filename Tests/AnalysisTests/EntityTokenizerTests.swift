import Testing
@testable import Analysis

@Suite struct EntityTokenizerTests {
    @Test func splitsPunctuationAndKeepsScalarSpans() {
        let text = "قال بوتين، إن «موسكو» مستعدة. وأضاف"
        let sentences = EntityTokenizer.sentences(text)
        #expect(sentences.count == 2)
        #expect(sentences[0].map(\.text) == ["قال", "بوتين", "،", "إن", "«", "موسكو", "»", "مستعدة", "."])
        let scalars = Array(text.unicodeScalars)
        for token in sentences.flatMap({ $0 }) {
            #expect(String(String.UnicodeScalarView(scalars[token.range])) == token.text)
        }
    }

    @Test func keepsHarakatAndTatweelInsideWords() {
        let s = EntityTokenizer.sentences("البلدَين مـوسكو")
        #expect(s[0].map(\.text) == ["البلدَين", "مـوسكو"])
    }
}
