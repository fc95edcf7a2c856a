import Foundation
import NewsModel
import Testing
@testable import Extraction

/// Variants of the plain-text anatomy, recognised by shape rather than the seed's strings.
@Suite struct PlainTextShapeTests {
    static let prose1 = "قال وزير الخارجية المصري اليوم الأحد إن بلاده تبذل جهودا مكثفة للتوصل إلى وقف لإطلاق النار في غزة، مشيرا إلى أن المفاوضات مستمرة مع جميع الأطراف."
    static let prose2 = "وأضاف الوزير في مؤتمر صحفي عقده في القاهرة أن هناك تقدما ملموسا في المحادثات، لكنه حذر من أن الطريق لا يزال طويلا أمام اتفاق شامل ودائم."

    @Test func bylineShareLinesAndRelatedWithDashBullets() throws {
        let text = """
        القاهرة- أحمد الريدي

        \(Self.prose1)

        اقرأ أيضا: مصر تستضيف جولة جديدة من المفاوضات الأسبوع المقبل

        \(Self.prose2)

        شارك

        أخبار ذات صلة
        - وزير الخارجية يلتقي نظيره الأردني في عمان
        - مصر والأردن تبحثان تطورات الأوضاع في المنطقة
        - جولة جديدة من المحادثات في الدوحة

        تابعونا على فيسبوك وتويتر
        جميع الحقوق محفوظة © 2024
        """
        let a = try Extractor().extract(RawPage(text: text))
        #expect(a.authors == ["أحمد الريدي"])
        #expect(a.paragraphs == [Self.prose1, Self.prose2])
        #expect(a.readAlso.map(\.title) == ["مصر تستضيف جولة جديدة من المفاوضات الأسبوع المقبل"])
        #expect(a.related.count == 3)
        #expect(!a.body.contains("تابعونا"))
        #expect(!a.body.contains("شارك"))
    }

    @Test func headlineLineIsKeptAsTitle() throws {
        let text = "مصر تكثف جهودها لوقف إطلاق النار في غزة\n\n\(Self.prose1)\n\n\(Self.prose2)\n\nالأكثر قراءة\n▪ خبر أول في القائمة\n▪ خبر ثان في القائمة\n"
        let a = try Extractor().extract(RawPage(text: text))
        #expect(a.title == "مصر تكثف جهودها لوقف إطلاق النار في غزة")
        #expect(!a.titleInferred)
        #expect(a.paragraphs.count == 2)
        #expect(a.related.count == 2)
    }

    @Test func markerSpellingsFold() {
        for line in ["إقرأ أيضاً:", "اقرأ أيضا", "اقرأ ايضًا -", "Read also:"] {
            #expect(LineShape.of(line) == .readAlso(inlineTitle: nil), "\(line)")
        }
        for line in ["مقالات مشابهة", "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة"] {
            #expect(LineShape.of(line) == .relatedHeader, "\(line)")
        }
        #expect(LineShape.of("المصدر: السومرية العراقية") == .source("السومرية العراقية"))
        #expect(LineShape.of("  • عنوان") == .bullet("عنوان"))
        #expect(LineShape.of("* عنوان") == .bullet("عنوان"))
        // A sentence that starts with a marker word is prose.
        let long = "المصدر الرئيسي للطاقة في البلاد هو النفط الذي يشكل أكثر من نصف صادراتها وفقا لأحدث الأرقام الرسمية."
        #expect(LineShape.of(long) == .text(long))
    }

    @Test func leadAndInferredHeadline() {
        let lead = LeadSentence.first(of: "قال \"هذا. ليس نهاية\" الجملة الأولى طويلة بما يكفي. والثانية هنا.")
        #expect(lead == "قال \"هذا. ليس نهاية\" الجملة الأولى طويلة بما يكفي.")
        #expect(LeadSentence.headline(from: "جملة قصيرة.") == "جملة قصيرة")
    }
}

/// `String.lineSlices` (UTF-8 bytes) splits as the `Character` split it replaced.
@Suite struct LineSlicesTests {
    @Test func lineSlicesMatchTheCharacterSplit() throws {
        let seed = String(decoding: try SharedData.bytes("fixtures/000_4b46f3481c6e6e4c.txt"), as: UTF8.self)
        let texts = [
            seed,
            seed.replacingOccurrences(of: "\n", with: "\r\n"),
            "سطر أول\rسطر ثان\u{2029}\u{2029}ثالث\n\n",
            "\n\r\n\r",
            "",
            "بلا فاصل",
        ]
        for text in texts {
            let expected = text.split(omittingEmptySubsequences: false,
                                      whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2029}" })
            #expect(text.lineSlices == expected)
        }
    }
}
