import Foundation
import NewsModel
import Testing
@testable import Extraction

/// Bad input gives a typed error naming the reason or an article with warnings; never a crash
/// or a hang.
@Suite struct BadInputTests {
    let extractor = Extractor()

    @Test func emptyInput() {
        #expect(throws: ExtractionError.emptyInput) { try extractor.extract(RawPage(bytes: [])) }
        #expect(throws: ExtractionError.emptyInput) { try extractor.extract(RawPage(bytes: Array(" \n\t\n".utf8))) }
    }

    @Test func binaryData() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 100)
        #expect(throws: ExtractionError.binaryData(reason: "a PNG image")) { try extractor.extract(RawPage(bytes: png)) }
        var noise = [UInt8]()
        var x: UInt32 = 12345
        for _ in 0..<4096 { x = x &* 1_103_515_245 &+ 12345; noise.append(UInt8(truncatingIfNeeded: x >> 16)) }
        do {
            _ = try extractor.extract(RawPage(bytes: noise))
            Issue.record("random bytes were accepted")
        } catch {
            if case .binaryData = error {} else { Issue.record("unexpected error \(error)") }
        }
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><article><p>".utf8)
        bytes += Array("Der Bundestag hat am Donnerstag ein Gesetz beschlossen, das ".utf8) + [0xFF, 0xFE, 0xC3]
        bytes += Array(" die Mieten begrenzt, nach einer langen und harten Debatte im Parlament.</p></article></body></html>".utf8)
        let article = try extractor.extract(RawPage(bytes: bytes))
        #expect(article.body.contains("\u{FFFD}"))
        #expect(article.body.contains("die Mieten begrenzt"))
        #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test func tooLargeWithTheDefaultLimit() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        #expect(throws: ExtractionError.tooLarge(bytes: big.count, limit: ExtractionOptions().maxBytes)) {
            try extractor.extract(RawPage(bytes: big, format: .html))
        }
    }

    @Test func tooLargeWithAConfiguredLimit() {
        let page = Array("<p>hello world, this is a page</p>".utf8)
        let small = Extractor(options: ExtractionOptions(maxBytes: 10))
        #expect(throws: ExtractionError.tooLarge(bytes: page.count, limit: 10)) { try small.extract(RawPage(bytes: page)) }
        let error = ExtractionError.tooLarge(bytes: page.count, limit: 10)
        #expect(error.description.contains("maxBytes"))
    }

    @Test func nestedOneHundredThousandLevels() throws {
        var html = "<html><body><p>Vor dem tiefen Teil steht ein ganz normaler Absatz mit genug Text, um ein Artikel zu sein, und noch etwas mehr.</p>"
        html += String(repeating: "<div>", count: 100_000)
        html += "tief"
        html += String(repeating: "</div>", count: 100_000)
        html += "</body></html>"
        let start = ContinuousClock.now
        let article = try extractor.extract(RawPage(bytes: Array(html.utf8), format: .html))
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(article.body.contains("ganz normaler Absatz"))
        #expect(article.warnings.contains { $0.contains("256") })
    }

    @Test func unclosedTags() throws {
        let html = """
        <html><head><title>Unclosed</title><body><div class="content"><p>Erster Absatz ohne Ende, mit einem Komma, und noch einem Satz
        <p>Zweiter Absatz, der ebenfalls nie geschlossen wird, aber trotzdem Text enthält, der zählt.
        <div><span><b><i>Dritter Teil mit verschachtelten, offenen Elementen, die nie geschlossen werden
        """
        let article = try extractor.extract(RawPage(bytes: Array(html.utf8)))
        #expect(article.body.contains("Erster Absatz"))
        #expect(article.body.contains("Zweiter Absatz"))
        #expect(article.title == "Unclosed")
    }

    @Test func allNavigation() {
        let html = """
        <html><body><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Politik</a></li>
        <li><a href="/c">Sport</a></li></ul></nav><footer><a href="/imprint">Impressum</a></footer></body></html>
        """
        #expect(throws: ExtractionError.self) { try extractor.extract(RawPage(bytes: Array(html.utf8))) }
        do {
            _ = try extractor.extract(RawPage(bytes: Array(html.utf8)))
        } catch {
            guard case .noContent = error else { Issue.record("expected noContent, got \(error)"); return }
            #expect(error.description.contains("navigation"))
        }
    }

    @Test func plainTextWithOnlyMarkers() {
        let text = "المصدر: وكالة الأنباء\n\nمقالات مشابهة\n  • عنوان أول\n  • عنوان ثان\n"
        #expect(throws: ExtractionError.self) { try extractor.extract(RawPage(text: text)) }
    }
}
