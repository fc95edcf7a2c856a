import NewsModel
import Testing
@testable import Extraction

/// How the HTML path chooses and cleans the main content, on small pages built for each rule.
@Suite struct ContentSelectionTests {
    static let prose = [
        "The council voted on Tuesday to extend the tram line to the northern districts, a project that has been debated for a decade.",
        "Supporters said the extension would cut commuting times by half, while critics warned that the budget, already stretched, could not absorb the costs.",
        "Construction is due to start next spring and should take three years, according to the city's transport office.",
    ]

    func extract(_ html: String) throws -> Article {
        try Extractor().extract(RawPage(bytes: Array(html.utf8), format: .html))
    }

    @Test func aWrapperWhoseClassReadsLikeBoilerplateIsKeptWhenItHoldsTheArticle() throws {
        let ps = Self.prose.map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><div class=\"layout-with-sidebar\"><div class=\"post\">\(ps)</div></div>"
            + "<div class=\"sidebar\"><ul><li><a href=\"/1\">Another story about something else entirely</a></li></ul></div></body></html>"
        let a = try extract(html)
        #expect(a.paragraphs == Self.prose)
    }

    @Test func furnitureLinesInsideTheContentAreDropped() throws {
        let html = """
        <html><body><article>
        <p>\(Self.prose[0])</p>
        <p>Read more: <a href="/x">Tram fares to rise in January</a></p>
        <p>\(Self.prose[1])</p>
        <p>Photo: Jane Doe / City Press</p>
        <p>\(Self.prose[2])</p>
        <h3>More on this</h3>
        <ul><li><a href="/a">Tram line opens</a></li><li><a href="/b">Budget approved</a></li></ul>
        <p>Share this article</p>
        </article></body></html>
        """
        let a = try extract(html)
        #expect(a.paragraphs == Self.prose)
        #expect(a.readAlso.map(\.title) == ["Tram fares to rise in January"])
    }

    @Test func markersAreWholeWordsAndShortLinesOnly() {
        #expect(BoilerplateLine.classify("Share", letters: 5) == .furniture)
        #expect(BoilerplateLine.classify("Shares of the company rose by four percent on Monday", letters: 44) == nil)
        #expect(BoilerplateLine.classify(":: Mehr zum Thema", letters: 13) == .readAlso(title: nil))
        #expect(BoilerplateLine.classify("Lesen Sie auch: Die Stadt plant neue Radwege", letters: 36)
                == .readAlso(title: "Die Stadt plant neue Radwege"))
        #expect(BoilerplateLine.classify("اقرأ أيضا: الكرملين مستعد لتطبيع العلاقات", letters: 35)
                == .readAlso(title: "الكرملين مستعد لتطبيع العلاقات"))
        #expect(BoilerplateLine.classify("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", letters: 55) == .furniture)
    }

    @Test func aLeadOutsideTheBodyBoxComesAlong() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let html = """
        <html><body><article><header><h1>Tram line to be extended</h1>
        <p class="article-lead">The city will extend its tram network for the first time in thirty years, officials announced.</p>
        <span class="date">12 May</span></header>
        <div class="article-body">\(body)</div></article></body></html>
        """
        let a = try extract(html)
        #expect(a.paragraphs.first == "The city will extend its tram network for the first time in thirty years, officials announced.")
        #expect(Array(a.paragraphs.dropFirst()) == Self.prose)
        #expect(!a.body.contains("12 May"))
    }

    @Test func hiddenAndScriptTextNeverShows() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><div>\(body)<div style=\"display:none\">Hidden promo text</div>"
            + "<script>var x = 'script text';</script><style>p{}</style></div></body></html>"
        let a = try extract(html)
        #expect(a.paragraphs == Self.prose)
    }
}
