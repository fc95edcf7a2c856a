import Foundation
import NewsModel
import Testing
@testable import Extraction

/// Main content, metadata and teaser boxes of HTML pages.
@Suite struct HTMLExtractionTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="ar-EG" dir="rtl"><head>
    <meta charset="utf-8">
    <title>بوتين وشي يرفضان التدخل الأميركي | موقع الأخبار</title>
    <meta property="og:title" content="بوتين وشي يرفضان التدخل الأميركي">
    <meta property="og:site_name" content="موقع الأخبار">
    <meta property="article:published_time" content="2024-05-02T10:20:00+03:00">
    <meta name="author" content="أحمد الريدي">
    <link rel="canonical" href="https://example.com/news/1234">
    <script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
     {"@type":"NewsArticle","headline":"الرئيسان الصيني والروسي يرفضان التدخل الأميركي",
      "datePublished":"2024-05-02T07:00:00Z","author":[{"@type":"Person","name":"أحمد الريدي"},{"name":"سارة علي"}]}]}
    </script>
    </head><body>
    <header class="site-header"><nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li>
    <li><a href="/e">اقتصاد</a></li><li><a href="/s">رياضة</a></li></ul></nav></header>
    <div class="layout">
      <main><article class="post">
        <h1>الرئيسان الصيني والروسي يرفضان التدخل الأميركي</h1>
        <time datetime="2024-05-01">1 مايو</time>
        <div class="entry-content">
          <p>عبر الرئيسان الصيني شي جينبينغ والروسي فلاديمير بوتين، اليوم الخميس، عن تنديدهما بتدخل الولايات المتحدة في شؤون الدول الأخرى، حسبما أفاد الكرملين.</p>
          <p>وقال المستشار الدبلوماسي للكرملين يوري أوتشاكوف إن الزعيمين أعربا خلال اتصال هاتفي عن رفضهما لسياسة التدخل، مضيفا أن قادة البلدين متفقون.</p>
          <p>اقرأ أيضا: <a href="/news/99">الكرملين مستعد لتطبيع العلاقات مع واشنطن</a></p>
          <p>وتابع أن بوتين وشي ناقشا أيضا الوضع في أوكرانيا وحل الصراع في الشرق الأوسط، واتفقا على مواصلة الاتصالات الثنائية.</p>
          <div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
        </div>
      </article></main>
      <aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/n/1">خبر أول في القائمة الجانبية للموقع</a></li></ul></aside>
      <div class="related-posts"><h3>أخبار ذات صلة</h3>
        <ul><li><a href="/news/7">ماكرون يحث بوتين على التعقل ويطالب الرئيس الصيني بالضغط</a></li>
        <li><a href="/news/8">روسيا: زيارة بوتين إلى كازاخستان تؤكد أهمية الشراكة</a></li></ul></div>
    </div>
    <footer class="site-footer"><p>جميع الحقوق محفوظة © 2024 موقع الأخبار</p></footer>
    </body></html>
    """

    let article: Article

    init() throws {
        article = try Extractor().extract(RawPage(bytes: Array(Self.page.utf8), url: "https://example.com/news/1234?utm=x"))
    }

    @Test func mainContentOnly() {
        #expect(article.paragraphs.count == 3)
        #expect(article.body.hasPrefix("عبر الرئيسان الصيني"))
        #expect(article.body.hasSuffix("مواصلة الاتصالات الثنائية."))
        for boilerplate in ["الرئيسية", "فيسبوك", "الأكثر قراءة", "ماكرون", "جميع الحقوق", "اقرأ أيضا"] {
            #expect(!article.body.contains(boilerplate), "body contains \(boilerplate)")
        }
    }

    @Test func metadataPrefersJSONLD() {
        #expect(article.title == "الرئيسان الصيني والروسي يرفضان التدخل الأميركي")
        #expect(!article.titleInferred)
        #expect(article.authors == ["أحمد الريدي", "سارة علي"])
        #expect(article.publishedOrigin == .jsonLD)
        #expect(article.published == Date(timeIntervalSince1970: 1_714_633_200))
        #expect(article.canonicalURL == "https://example.com/news/1234")
        #expect(article.source == "موقع الأخبار")
        #expect(article.language == "ar")
    }

    @Test func teasers() {
        #expect(article.readAlso.map(\.title) == ["الكرملين مستعد لتطبيع العلاقات مع واشنطن"])
        #expect(article.related.contains { $0.title.hasPrefix("ماكرون يحث بوتين") && $0.url == "/news/7" })
    }

    @Test func readAlsoBoxInsideTheArticle() throws {
        let html = """
        <html><body><article>
        <p>\(String(repeating: "عبر الرئيسان الصيني والروسي عن تنديدهما بتدخل الولايات المتحدة، حسبما أفاد الكرملين. ", count: 3))</p>
        <div class="read-also"><span>اقرأ أيضا</span><a href="/news/5">موسكو مستعدة لتطبيع العلاقات مع واشنطن بشرط التفاهم</a></div>
        <p>\(String(repeating: "وتابع أن بوتين وشي ناقشا الوضع في أوكرانيا والشرق الأوسط، واتفقا على مواصلة الاتصالات. ", count: 3))</p>
        </article></body></html>
        """
        let a = try Extractor().extract(RawPage(bytes: Array(html.utf8)))
        #expect(a.paragraphs.count == 2)
        #expect(!a.body.contains("موسكو مستعدة"))
        #expect(a.readAlso == [Teaser(title: "موسكو مستعدة لتطبيع العلاقات مع واشنطن بشرط التفاهم", url: "/news/5")])
    }

    @Test func idComesFromTheCanonicalURL() {
        #expect(article.id == ArticleID.make(canonicalURL: "https://EXAMPLE.com/news/1234#top", url: nil, body: ""))
        #expect(article.id.count == 16)
    }

    @Test func idFromBodyIgnoresDiacriticsAndSpacing() {
        let a = ArticleID.make(canonicalURL: nil, url: nil, body: "مُوسكو  مستعدة")
        let b = ArticleID.make(canonicalURL: nil, url: nil, body: "موسكو مستعدة")
        #expect(a == b)
    }

    @Test func metadataFallbacks() throws {
        let html = """
        <html><head><meta property="og:title" content="Nur OpenGraph"><meta name="date" content="2023-01-15"></head>
        <body><time datetime="2020-01-01T00:00:00Z"></time><div><p>Ein Absatz mit ausreichend viel Text, damit er als Artikel zählt, und mit Kommas, Punkten.</p></div></body></html>
        """
        let a = try Extractor().extract(RawPage(bytes: Array(html.utf8)))
        #expect(a.title == "Nur OpenGraph")
        #expect(a.publishedOrigin == .metadata)
        #expect(a.published == DateParsing.parse("2023-01-15"))
    }

    @Test func dates() {
        #expect(DateParsing.parse("2024-05-02T10:20:00+03:00") == Date(timeIntervalSince1970: 1_714_634_400))
        #expect(DateParsing.parse("2024-05-02 07:20:00Z") == Date(timeIntervalSince1970: 1_714_634_400))
        #expect(DateParsing.parse("2024-05-02T07:20:00.123Z") == Date(timeIntervalSince1970: 1_714_634_400))
        #expect(DateParsing.parse("gestern") == nil)
    }

    @Test func realPagesFromTheEvaluationSetNeverThrowUnexpectedly() throws {
        let dir = SharedData.url("data/extraction/pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().prefix(12)
        #expect(names.count == 12)
        for name in names {
            let gz = try Data(contentsOf: dir.appendingPathComponent(name))
            #expect(gz.count > 0)
        }
    }
}
