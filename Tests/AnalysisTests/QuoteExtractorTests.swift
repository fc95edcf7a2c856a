import Analysis
import NewsModel
import Testing

/// One rule at a time, on short hand-written sentences.
@Suite struct QuoteExtractorTests {
    let extractor = QuoteExtractor()

    func words(_ q: Quote, in text: String) -> String { q.content.text(in: Array(text.unicodeScalars)) }

    @Test func indirectSpeechAfterASpeechVerbWithClitic() {
        let text = "وقالت وزارة الخارجية إن المحادثات كانت مثمرة."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "وزارة الخارجية")
        #expect(q.first?.cue == "وقالت")
        #expect(q.first?.kind == .indirect)
        #expect(q.first.map { words($0, in: text) } == "المحادثات كانت مثمرة")
    }

    @Test func unbalancedQuotationRunsToTheEndOfTheSentence() {
        let text = "وقال الوزير إن \"الوضع خطير جدا. وفي سياق آخر وصل الوفد."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.kind == .direct)
        #expect(q.first.map { words($0, in: text) } == "الوضع خطير جدا")
    }

    @Test func quotationMarkGluedToAWordOpens() {
        let text = "وقال المتحدث إن\"الاتفاق سيوقع غدا\"."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.kind == .direct)
        #expect(q.first.map { words($0, in: text) } == "الاتفاق سيوقع غدا")
    }

    @Test func continuationTakesTheLastExplicitSpeaker() {
        let text = "قال وزير الخارجية أحمد علي إن المحادثات مثمرة. وأضاف أن الجولة المقبلة ستعقد في القاهرة، مشيرا إلى أن الموعد لم يحدد."
        let q = extractor.quotes(in: text)
        #expect(q.count == 3)
        #expect(q.dropFirst().allSatisfy { $0.isContinuation && $0.speakerSpan == nil })
        #expect(q.dropFirst().allSatisfy { $0.speaker?.contains("أحمد علي") == true })
        #expect(q.count == 3 && words(q[1], in: text) == "الجولة المقبلة ستعقد في القاهرة")
    }

    @Test func nestedAttributionIsASeparateItem() {
        let text = "وذكرت وكالة الأنباء الرسمية أن \"الرئيس قال إن الحكومة ستستقيل\"."
        let q = extractor.quotes(in: text)
        #expect(q.count == 2)
        #expect(q.first?.speaker == "وكالة الأنباء الرسمية")
        #expect(q.last?.speaker == "الرئيس")
        #expect(q.last?.parent == 0)
        #expect(q.last.map { words($0, in: text) } == "الحكومة ستستقيل")
    }

    @Test func anonymousSourcesAreMarked() {
        let q = extractor.quotes(in: "وقالت مصادر أمنية إن الهجوم أسفر عن مقتل ثلاثة أشخاص.")
        #expect(q.count == 1)
        #expect(q.first?.isAnonymous == true)
        #expect(extractor.quotes(in: "وقال الوزير إن الهجوم أسفر عن مقتل ثلاثة أشخاص.").first?.isAnonymous == false)
    }

    @Test func colonAfterAShortSpeakerAtTheStartOfALine() {
        let text = "الكرملين: موسكو مستعدة لتطبيع العلاقات مع واشنطن."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "الكرملين")
        #expect(q.first?.cue == ":")
        #expect(extractor.quotes(in: "المصدر: السومرية العراقية نيوز اليوم").isEmpty)
    }

    @Test func colonAfterASpeechVerbOpensTheQuotation() {
        let text = "وقالت الوزارة: \"سنواصل العمل مع شركائنا\"."
        let q = extractor.quotes(in: text)
        #expect(q.first?.kind == .direct)
        #expect(q.first?.speaker == "الوزارة")
        #expect(q.first.map { words($0, in: text) } == "سنواصل العمل مع شركائنا")
    }

    @Test func attributionAfterTheClause() {
        let text = "ارتفعت الأسعار بنسبة عشرة في المئة خلال الشهر الماضي، بحسب وزارة الاقتصاد."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "وزارة الاقتصاد")
        #expect(q.first.map { words($0, in: text).hasPrefix("ارتفعت الأسعار") } == true)
    }

    @Test func transmittedSpeechGivesTwoItems() {
        let text = "ونقلت وكالة رويترز عن الوزير قوله إن المفاوضات انتهت."
        let q = extractor.quotes(in: text)
        #expect(q.count == 2)
        #expect(q.first?.speaker == "وكالة رويترز")
        #expect(q.last?.speaker == "الوزير")
        #expect(q.last?.cue == "ونقلت وكالة رويترز عن الوزير قوله")
        #expect(q.last?.parent == 0)
    }

    @Test func timeWordsAndCircumstancesAreNotPartOfTheSpeaker() {
        let q = extractor.quotes(in: "وقال الرئيس اليوم الخميس في تصريح للصحفيين إن الوضع مستقر.")
        #expect(q.first?.speaker == "الرئيس")
    }

    @Test func spansAreScalarOffsets() {
        let text = "👍🏽 وقال الوزير إن الوضع مستقر."
        let q = extractor.quotes(in: text)
        #expect(q.first.map { words($0, in: text) } == "الوضع مستقر")
        #expect(q.first?.cueSpan == Span(start: 3, end: 7))
    }

    @Test func aVerbWithoutReportedSpeechIsNoQuote() {
        #expect(extractor.quotes(in: "وقال الشاعر قصيدة طويلة في المهرجان.").isEmpty)
    }
}

/// Rules that keep things out.
@Suite struct QuoteExtractorExclusionTests {
    let extractor = QuoteExtractor()

    @Test func impersonalYudhkaruIsNoQuote() {
        #expect(extractor.quotes(in: "ويذكر أن الفيلم عرض في مهرجان كان العام الماضي.").isEmpty)
    }

    @Test func aSubjectNeverStartsWithAPreposition() {
        #expect(extractor.quotes(in: "وتدعو الكتيبات لإعلان \"الحرب\" على الجميع.").isEmpty)
        #expect(extractor.quotes(in: "وتوصي بـ\"الرجم\" و\"الحرق\" كطرق للعقاب.").isEmpty)
    }

    @Test func aHeadingWithAColonIsNoQuote() {
        #expect(extractor.quotes(in: "جنوب السودان: توقيف 4 جنود بتهمة الاغتصاب").isEmpty)
    }

    @Test func qaelanIntroducesTheWordsThemselves() {
        let text = "كما تابع النائب قائلاً أنا خادم لأهل البلد."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.cue == "تابع")
        #expect(q.first?.speaker == "النائب")
    }

    @Test func aShortQuotedNameInsideTheSpeakerIsSkipped() {
        let text = "وشدد الوزير في تصريح لقناة \"بوبليك سينا\" التلفزيونية \"لا يعني ذلك أن نغمض عيوننا\"."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "الوزير")
        #expect(q.first?.kind == .direct)
    }
}

/// Speaker phrases.
@Suite struct QuoteSpeakerTests {
    let extractor = QuoteExtractor()

    @Test func prepositionBeforeTheComplementizerIsNotTheSpeaker() {
        #expect(extractor.quotes(in: "وشدد الوزير على أن الحوار هو الحل الوحيد.").first?.speaker == "الوزير")
    }

    @Test func aNameLikeAliIsKept() {
        #expect(extractor.quotes(in: "وقال المحلل حسن علي إن الأسواق مستقرة.").first?.speaker == "المحلل حسن علي")
    }

    @Test func subjectBeforeTheVerbAfterAClauseOpener() {
        let q = extractor.quotes(in: "لكن وزارة الخارجية وجدت أن المؤيدين لم يجمعوا تواقيع كافية.")
        #expect(q.first?.speaker == "وزارة الخارجية")
        #expect(q.first?.isContinuation == false)
    }

    @Test func attributionWithAQuotedName() {
        let q = extractor.quotes(in: "وبحسب \"إل موندو\"، يتعلق الأمر باقتراح رسمي للسلطات.")
        #expect(q.first?.speaker == "\"إل موندو\"")
    }
}

/// Where an attribution's words are.
@Suite struct QuoteAttributionTests {
    let extractor = QuoteExtractor()

    @Test func conjoinedAttributionOpensTheClauseAfterIt() {
        let text = "ووفقا لوزارة الصحة، ارتفع عدد الإصابات إلى مئة حالة."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "لوزارة الصحة")
        let s = Array(text.unicodeScalars)
        #expect(q.first.map { $0.content.text(in: s) } == "ارتفع عدد الإصابات إلى مئة حالة")
    }

    @Test func attributionInsideDashesGivesTheClauseAfterIt() {
        let q = extractor.quotes(in: "وتقول المنظمة - بحسب ما أوردته وكالة فرانس برس - إن الحوثيين يحتجزون الرهائن.")
        #expect(q.count == 2)
        #expect(q.map(\.speaker) == ["المنظمة", "وكالة فرانس برس"])
        #expect(q.count == 2 && q[0].content == q[1].content)
    }
}

/// Where reported speech ends.
@Suite struct QuoteBoundaryTests {
    let extractor = QuoteExtractor()

    @Test func aConjoinedSpeechVerbStartsTheNextStatement() {
        let text = "وتحدثت السيدة عن أنها فقدت كل شيء وقالت \"كان من الأفضل أن يقتلوني\"."
        let q = extractor.quotes(in: text)
        #expect(q.count == 2)
        let s = Array(text.unicodeScalars)
        #expect(q.first.map { $0.content.text(in: s) } == "فقدت كل شيء")
        #expect(q.last?.kind == .direct)
        #expect(q.last?.isContinuation == true)
        #expect(q.last?.speaker == "السيدة")
    }

    @Test func aParticipleAfterACommaStartsTheNextStatement() {
        let text = "وقال الوزير إن الوضع مستقر، مضيفا أن الحكومة تتابع."
        let q = extractor.quotes(in: text)
        #expect(q.count == 2)
        #expect(q.first.map { $0.content.end } == Array(text.unicodeScalars).firstIndex(of: "،"))
    }
}

/// `على حد قوله`.
@Suite struct QuoteAsHeSaidTests {
    @Test func asHeSaidCarriesTheCurrentSpeaker() {
        let q = QuoteExtractor().quotes(in: "وقال الوزير إن الوضع مستقر. الحكومة تسيطر على كل المدن، على حد قوله.")
        #expect(q.count == 2)
        #expect(q.last?.cue == "على حد قوله")
        #expect(q.last?.isContinuation == true)
        #expect(q.last?.speaker == "الوزير")
    }
}
