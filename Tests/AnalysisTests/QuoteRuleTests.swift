import Analysis
import NewsModel
import Testing

/// The general rules of reported speech, each on sentences of real ANT articles
/// (`../shared/data/ant`, none of them in the quotes dev gold).
@Suite struct QuoteRuleTests {
    let extractor = QuoteExtractor()

    func words(_ q: Quote, in text: String) -> String { q.content.text(in: Array(text.unicodeScalars)) }

    @Test func aNameInAppositionStaysWithTheSpeakerAndAQuotedNameBeforeAnnIsNoQuotation() {
        let text = "أكد وزير الخارجية الأميركي، مايك بومبيو، في لقاء خاص مع \"سكاي نيوز عربية\"، أن الإدارة الأميركية ملتزمة بالتصدي للسلوك الإيراني الشرير."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "وزير الخارجية الأميركي، مايك بومبيو")
        #expect(q.first.map { words($0, in: text) } == "الإدارة الأميركية ملتزمة بالتصدي للسلوك الإيراني الشرير")
    }

    @Test func aVerbAfterAQuotationAttributesItAndItsAddresseeIsNoSpeaker() {
        let text = "\"بالطبع كانت مباراة مليئة بالمشاعر بالنسبة لي بعد أن تسببت في ركلة جزاء في الشوط الأول\"، هكذا قال بولسن للصحافيين."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "بولسن")
        #expect(q.first?.kind == .direct)
        #expect(q.first.map { words($0, in: text).hasPrefix("بالطبع كانت مباراة") } == true)
    }

    @Test func anAddresseeWithoutSubjectIsAContinuation() {
        let text = "وقال محامي ترامب رودي جولياني إن موكله لم يدفع شيئا. وفي وقت لاحق، قال للصحيفة إن الرجلين ناقشا دفع مبلغ مالي لصحيفة إنكويرر مقابل حقوق القصة."
        let q = extractor.quotes(in: text)
        #expect(q.count == 2)
        #expect(q.last?.isContinuation == true)
        #expect(q.last?.speaker == "محامي ترامب رودي جولياني")
        #expect(q.last.map { words($0, in: text) } == "الرجلين ناقشا دفع مبلغ مالي لصحيفة إنكويرر مقابل حقوق القصة")
    }

    @Test func descriptionThroughBianStopsTheSpeakerBeforeItsObject() {
        let a = "ووصف الرئيس دونالد ترامب الهجوم بأنه \"مروع للغاية\"."
        #expect(extractor.quotes(in: a).map(\.speaker) == ["الرئيس دونالد ترامب"])
        // The object as a pronoun: the subject follows.
        let b = "ووصفه حماه، الأمير أندرو، بأنه \"شاب رائع\"."
        #expect(extractor.quotes(in: b).map(\.speaker) == ["حماه، الأمير أندرو"])
        // Without بأن a description reports no words.
        #expect(extractor.quotes(in: "وترامب يصفه بـ\"الغلام\" في تغريداته.").isEmpty)
    }

    @Test func aRelativeClauseDescribesTheSpeakerAndOwnsNoStatement() {
        let text = "قالت المرأة التي اتهمت رئيس الوزراء الكندي جاستين ترودو قبل 18 عاما بالتحرش بها، إنها تصر على اتهامها."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "المرأة")
        #expect(q.first?.cue == "قالت")
        let before = "لكن بيتر مكماهون، الذي عرفته الصحيفة كخبير هاو في تحقيقات اختفاء الطائرات، يصر على أنه عثر على الطائرة."
        #expect(extractor.quotes(in: before).map(\.speaker) == ["بيتر مكماهون"])
    }

    @Test func aConjoinedVerbWithoutWordsOfItsOwnDoesNotCutTheQuotation() {
        let text = "وقالت مصادر محلية إن \"القتيل ويدعى محمد ناصر، كان قد انخرط مع الحوثيين للقتال في جبهة الساحل الغربي."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.isAnonymous == true)
        #expect(q.first.map { words($0, in: text).hasSuffix("في جبهة الساحل الغربي") } == true)
    }

    @Test func prepositionalComplementsReportWords() {
        let text = "وشددت ميركل على ضرورة وضع سياسة مشتركة للجوء وتقاسم أعباء المهاجرين."
        let q = extractor.quotes(in: text)
        #expect(q.map(\.speaker) == ["ميركل"])
        #expect(q.first.map { words($0, in: text) } == "ضرورة وضع سياسة مشتركة للجوء وتقاسم أعباء المهاجرين")
        #expect(extractor.quotes(in: "وأفادت وكالة الأنباء الرسمية بالإفراج عن خمسة معتقلين أمس.").map(\.speaker) == ["وكالة الأنباء الرسمية"])
        // A source's own preposition (`مطلع على`) and a circumstance (`ردا على`) are no complements.
        #expect(extractor.quotes(in: "وأكد مصدر مطلع على القضية، المعلومات ردا على سؤال لوكالة فرانس برس.").isEmpty)
        // A clause describing a noun is no statement.
        #expect(extractor.quotes(in: "وقضى كوربين الليلة في مأدبة أقامتها جماعة يهودية يسارية تدعو إلى القضاء على إسرائيل.").isEmpty)
    }

    @Test func aDirectiveVerbInsideASentenceContinuesItsSubject() {
        let text = "وقال وزير الأمن إن العدالة ستأخذ مجراها. وأكد الوزير أن التحقيق سيكون شاملا، ودعا المواطنين إلى الهدوء وعدم الانجرار وراء الشائعات."
        let q = extractor.quotes(in: text)
        #expect(q.contains { $0.speaker == "وزير الأمن" && !$0.isContinuation })
        let call = q.first { $0.cue == "ودعا" }
        #expect(call?.isContinuation == true)
        #expect(call?.speaker == "وزير الأمن")
    }

    @Test func statementsNamedByTheirNounAndBySaying() {
        let a = "وفي تصريحات لوزيرة التجارة التركية روهصار بكجان إنه \"اعتبارا من الساعة 17.40 بالتوقيت المحلي دعونا واشنطن لمشاورات في منظمة التجارة العالمية\"."
        let q = extractor.quotes(in: a)
        #expect(q.map(\.speaker) == ["وزيرة التجارة التركية روهصار بكجان"])
        #expect(q.first?.kind == .direct)
        let b = "وردت الولايات المتحدة بالقول إن المحكمة لا تملك صلاحية في الموضوع لأنه يطال الأمن القومي الأمريكي."
        #expect(extractor.quotes(in: b).map(\.speaker) == ["الولايات المتحدة"])
    }

    @Test func aSpeakerNamedWithoutWordsIsCarriedToTheNextStatement() {
        let text = "اتهمت منظمة هيومن رايتس ووتش السعودية باحتجاز آلاف الأشخاص تعسفيا. وأضافت أن السلطات لم تقدمهم للمحاكمة."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.isContinuation == true)
        #expect(q.first?.speaker?.contains("هيومن رايتس ووتش") == true)
        #expect(q.first?.speaker?.contains("احتجاز") == false)
    }

    @Test func asXSaidClosesTheClauseBeforeIt() {
        let text = "وقال الوزير إن المحادثات كانت مثمرة. والاتفاق سيوقع الأسبوع المقبل في القاهرة، كما قال المتحدث باسم الوزارة."
        let q = extractor.quotes(in: text)
        #expect(q.count == 2)
        #expect(q.last?.speaker == "المتحدث باسم الوزارة")
        #expect(q.last?.cue == "كما قال")
        #expect(q.last.map { words($0, in: text) } == "والاتفاق سيوقع الأسبوع المقبل في القاهرة")
        // A verb of criticism after a comma is no attribution of the clause before it.
        #expect(extractor.quotes(in: "ويكتب خاشقجي مقالات رأي في صحيفة واشنطن بوست، ينتقد فيها بعض السياسات.").isEmpty)
    }

    @Test func unnamedSourcesAreAnonymousWhateverTheirLength() {
        let a = "وقال مسؤول كبير في وزارة الخارجية الأمريكية إن واشنطن لن تسحب قواتها من منبج."
        #expect(extractor.quotes(in: a).first?.isAnonymous == true)
        let b = "وقالت مصادر دبلوماسية لوكالة الأناضول للأنباء، إن السفير استدعي إلى مقر الخارجية التركية."
        #expect(extractor.quotes(in: b).first?.isAnonymous == true)
        // A named official is not anonymous.
        let c = "وقال المسؤول الأمريكي جون بولتون إن واشنطن لن تسحب قواتها من منبج."
        #expect(extractor.quotes(in: c).first?.isAnonymous == false)
    }

    @Test func firstPersonVerbsAreTheSpeakersOwnWords() {
        let text = "وقال الوزير: \"أعتقد أن الحل السياسي ممكن، وأضيف أن الوقت يداهمنا\"."
        let q = extractor.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "الوزير")
        #expect(q.first?.kind == .direct)
        // The same letters without hamza are the third-person past, a report.
        #expect(extractor.quotes(in: "واعتقد الوزير أن الحل السياسي ممكن.").map(\.speaker) == ["الوزير"])
    }

    @Test func bayyanaWithItsShaddaAndWaradaFiAreCues() {
        let q = extractor.quotes(in: "وبيّن الوزير أن الاتفاق سيوقع قريبا. وورد في التقرير أن الخسائر كبيرة جدا.")
        #expect(q.map(\.speaker) == ["الوزير", "التقرير"])
        // Bare بين is "between".
        #expect(extractor.quotes(in: "وبين الطرفين خلاف على أن الحدود غير واضحة.").isEmpty)
    }

    @Test func impersonalVerbsAreNoCues() {
        #expect(extractor.quotes(in: "ويبلغ بروكسبانك من العمر 32 عاما، ويقال إن الملكة باركت الزيجة.").isEmpty)
    }
}
