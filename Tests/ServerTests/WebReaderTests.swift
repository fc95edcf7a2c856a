import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Storage
import Testing

/// The web reader's search page (filters, facets, paging) and its escaping of hostile text.
extension ServerSuites {
@Suite struct WebReaderTests {
    static func encoded(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }

    func page(_ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { r in (r.status, String(buffer: r.body)) }
        }
    }

    @Test func searchPageHasFiltersFacetsAndPaging() async throws {
        let (status, html) = try await page("/search?q=\(WebReaderTests.encoded("أمريكا"))&limit=3")
        #expect(status == .ok)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<select name=\"source\">"))
        #expect(html.contains("<option value=\"السومرية العراقية\">"))
        #expect(html.contains("type=\"date\" name=\"from\""))
        #expect(html.contains("class=\"facets\""))
        #expect(html.contains("rel=\"next\""))
        #expect(html.components(separatedBy: "class=\"result\"").count - 1 == 3)
        #expect(html.contains("<mark>"))
    }

    @Test func pagingKeepsTheFilters() async throws {
        let (_, html) = try await page("/search?q=\(WebReaderTests.encoded("أمريكا"))&from=2000-01-01&limit=1&offset=1")
        #expect(html.contains("rel=\"prev\""))
        let next = try #require(html.range(of: "rel=\"next\" href=\"")).upperBound
        let href = String(html[next...].prefix { $0 != "\"" })
        #expect(href.contains("from=2000-01-01"))
        #expect(href.contains("offset=2"))
        #expect(href.contains("limit=1"))
        #expect(html.contains("value=\"2000-01-01\""))
        let (_, filtered) = try await page("/search?q=\(WebReaderTests.encoded("أمريكا"))&source=alarabia&limit=1")
        #expect(filtered.contains("<option value=\"alarabia\" selected>"))
        if filtered.contains("rel=\"next\"") { #expect(filtered.contains("source=alarabia&amp;limit=1&amp;offset=1")) }
    }

    @Test func theOrderIsChosenInTheFormAndKeptInPaging() async throws {
        let (_, plain) = try await page("/search?q=\(WebReaderTests.encoded("أمريكا"))&limit=1")
        #expect(plain.contains("<option value=\"news\" selected>"))
        let (status, html) = try await page("/search?q=\(WebReaderTests.encoded("أمريكا"))&sort=newest&limit=1")
        #expect(status == .ok)
        #expect(html.contains("<option value=\"newest\" selected>"))
        let next = try #require(html.range(of: "rel=\"next\" href=\"")).upperBound
        #expect(String(html[next...].prefix { $0 != "\"" }).contains("sort=newest"))
        let (bad, _) = try await page("/search?q=\(WebReaderTests.encoded("أمريكا"))&sort=sideways")
        #expect(bad == .badRequest)
    }

    @Test func queryInAttributesAndTextIsEscaped() async throws {
        let hostile = "\"><script>alert(1)</script> ' onfocus=alert(2) x=' \u{202E}مقلوب اختبارية"
        let (status, html) = try await page("/search?q=\(WebReaderTests.encoded(hostile))&from=\(WebReaderTests.encoded("\"><b>x"))")
        #expect(status == .badRequest)   // the from date is malformed: a 400 page, still escaped
        #expect(!html.contains("<b>x"))
        let (ok, results) = try await page("/search?q=\(WebReaderTests.encoded(hostile))")
        #expect(ok == .ok)
        for h in [html, results] {
            #expect(!h.contains("<script>"))
            #expect(!h.contains("' onfocus"))
            #expect(!h.unicodeScalars.contains("\u{202E}"))
        }
        #expect(results.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39; onfocus=alert(2) x=&#39; [U+202E]مقلوب اختبارية\""))
    }

    @Test func hostileArticleIsShownAsText() async throws {
        let (_, html) = try await page("/search?q=\(WebReaderTests.encoded("اختبارية"))")
        #expect(html.contains("عنوان &lt;script&gt;alert(1)&lt;/script&gt; [U+202E]مقلوب"))
        #expect(html.contains("Test&lt;script&gt;"))
        #expect(!html.contains("<script>") && !html.contains("<img"))
    }
}
}
