import Analysis
import NewsModel
import Testing

/// Continuations carry the most recent speaker whose gender agrees with the cue.
@Suite struct QuoteContinuationTests {
    @Test func feminineCueSkipsAMaleSpeakerNamedSince() throws {
        let text = "وقالت الوزيرة سارة حداد إن الخطة جاهزة. وقال المتحدث باسم الحزب أحمد سليم إن الانتخابات قريبة. "
            + "وأضافت أن التمويل متوفر. وأضاف أن القوائم اكتملت."
        let quotes = QuoteExtractor().quotes(in: text)
        let added = quotes.filter(\.isContinuation)
        #expect(added.count == 2)
        #expect(added.first?.speaker == "الوزيرة سارة حداد")
        #expect(added.last?.speaker?.contains("أحمد سليم") == true)
    }

    @Test func aBareTitleMakesItsNamedBearerCurrentAgain() throws {
        let text = "وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وقال وزير الخارجية مايك بومبيو إن العقوبات ستستمر. "
            + "وقال الرئيس إن المفاوضات ممكنة. وأضاف أن اللقاء قد يعقد قريبا."
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.count == 4)
        #expect(quotes.last?.isContinuation == true)
        #expect(quotes.last?.speaker == "الرئيس الأمريكي دونالد ترامب")
    }

    @Test func cueWithoutGenderKeepsTheLatestSpeaker() throws {
        let text = "وقال الوزير أحمد سليم إن الخطة جاهزة. وبحسب الوزير، فإن التمويل متوفر."
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.first?.speaker == "الوزير أحمد سليم")
    }

    @Test func trailingAttributionWithoutSubjectCarriesTheSpeaker() throws {
        let text = "وقالت منظمة العفو الدولية إن السجون مكتظة. واستندت المنظمة الحقوقية على شهادات معتقلين سابقين، وفق ما أعلنت الأحد."
        let quotes = QuoteExtractor().quotes(in: text)
        let scalars = Array(text.unicodeScalars)
        let trailing = try #require(quotes.first { $0.cue.hasPrefix("وفق") })
        #expect(trailing.isContinuation)
        #expect(trailing.speaker == "منظمة العفو الدولية")
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[trailing.content.range])
        #expect(String(v).hasPrefix("واستندت المنظمة الحقوقية"))
    }
}
