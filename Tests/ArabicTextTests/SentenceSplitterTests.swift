import Testing
@testable import ArabicText

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return SentenceSplitter().sentences(in: s).map { r in
            String(String.UnicodeScalarView(scalars[r]))
        }
    }

    @Test func splitsOnArabicAndLatinTerminators() {
        #expect(sentences("قال الوزير. وأضاف؟ نعم! ثم؛ انتهى") == ["قال الوزير.", "وأضاف؟", "نعم!", "ثم؛", "انتهى"])
    }

    @Test func notInsideNumbersURLsOrAbbreviations() {
        #expect(sentences("ارتفع 2.5 بالمئة في U.S. اليوم. زوروا www.example.com/a.html الآن.")
            == ["ارتفع 2.5 بالمئة في U.S. اليوم.", "زوروا www.example.com/a.html الآن."])
        #expect(sentences("Dr. Smith arrived. He spoke.") == ["Dr. Smith arrived.", "He spoke."])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("قال \"انتهى الأمر.\" ثم غادر.") == ["قال \"انتهى الأمر.\"", "ثم غادر."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(sentences("المصدر: السومرية العراقية\nإقرأ أيضاً:") == ["المصدر: السومرية العراقية", "إقرأ أيضاً:"])
    }

    @Test func seedPageSentences() throws {
        let text = try seedText()
        let s = sentences(text)
        #expect(s.first == "عبر الرئيسان الصيني شي جينبينغ والروسي فلاديمير بوتين، اليوم الخميس، عن تنديدهما بتدخل الولايات المتحدة في شؤون الدول الأخرى، حسبما أفاد الكرملين، واتهما واشنطن بالسعي \"لاحتواء\" موسكو وبكين.")
        #expect(s.contains("المصدر: السومرية العراقية"))
    }
}
