import Foundation
import NewsModel
import Testing
@testable import Extraction

/// Arabic pages in windows-1256 and ISO-8859-6, found from the BOM, the HTTP content type and
/// `<meta charset>`.
@Suite struct EncodingTests {
    /// "مرحبا بالعالم" and a longer sentence, encoded by hand from the code pages' tables.
    static let sentence = "أعلن الكرملين أن موسكو مستعدة لتطبيع العلاقات مع واشنطن، بشرط أن يتم ذلك بشكل متبادل بين البلدين."

    static func encode(_ text: String, _ page: SingleByteCodePage) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (k, v) in page.upper.enumerated() where v != 0 { reverse[v] = UInt8(0x80 + k) }
        return text.unicodeScalars.map { s in s.value < 0x80 ? UInt8(s.value) : reverse[s.value]! }
    }

    static func html(body: String, meta: String) -> String {
        "<html lang=\"ar\" dir=\"rtl\"><head>\(meta)<title>خبر</title></head><body><article><p>\(body)</p></article></body></html>"
    }

    @Test func windows1256FromMetaCharset() throws {
        let html = Self.html(body: Self.sentence, meta: "<meta charset=\"windows-1256\">")
        let article = try Extractor().extract(RawPage(bytes: Self.encode(html, .windows1256)))
        #expect(article.body == Self.sentence)
        #expect(article.title == "خبر")
        #expect(article.language == "ar")
    }

    @Test func windows1256FromHTTPEquiv() throws {
        let html = Self.html(body: Self.sentence, meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
        let article = try Extractor().extract(RawPage(bytes: Self.encode(html, .windows1256)))
        #expect(article.body == Self.sentence)
    }

    @Test func iso8859_6FromContentType() throws {
        let html = Self.html(body: Self.sentence, meta: "")
        let page = RawPage(bytes: Self.encode(html, .iso8859_6), contentType: "text/html; charset=ISO-8859-6")
        let article = try Extractor().extract(page)
        #expect(article.body == Self.sentence)
    }

    @Test func undeclaredArabicBytesAreGuessedWithAWarning() throws {
        let html = Self.html(body: Self.sentence, meta: "")
        let article = try Extractor().extract(RawPage(bytes: Self.encode(html, .windows1256)))
        #expect(article.body == Self.sentence)
        #expect(article.warnings.contains { $0.contains("windows-1256") })
    }

    @Test func undefinedISO8859_6BytesAreReplaced() throws {
        var bytes = Self.encode(Self.html(body: Self.sentence, meta: "<meta charset=iso-8859-6>"), .iso8859_6)
        let p = bytes.firstIndex(of: UInt8(ascii: "."))!
        bytes.insert(0xA1, at: p) // undefined in ISO-8859-6
        let article = try Extractor().extract(RawPage(bytes: bytes))
        #expect(article.body.contains("\u{FFFD}"))
        #expect(article.warnings.contains { $0.contains("ISO-8859-6") })
    }

    @Test func utf8BOMAndUTF16BOM() throws {
        let text = "<html><body><p>\(Self.sentence)</p></body></html>"
        let withBOM = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(try Extractor().extract(RawPage(bytes: withBOM)).body == Self.sentence)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        #expect(try Extractor().extract(RawPage(bytes: utf16)).body == Self.sentence)
    }

    @Test func plainTextInWindows1256FromContentType() throws {
        let text = Self.sentence + "\n\nالمصدر: وكالة الأنباء\n"
        let page = RawPage(bytes: Self.encode(text, .windows1256), contentType: "text/plain; charset=windows-1256")
        let article = try Extractor().extract(page)
        #expect(article.paragraphs == [Self.sentence])
        #expect(article.source == "وكالة الأنباء")
    }

    @Test func tablesMatchTheStandardForArabicLetters() {
        // Spot checks against the published mappings.
        #expect(SingleByteCodePage.windows1256.upper[0xC7 - 0x80] == 0x0627) // ا
        #expect(SingleByteCodePage.windows1256.upper[0xE1 - 0x80] == 0x0644) // ل
        #expect(SingleByteCodePage.windows1256.upper[0xA1 - 0x80] == 0x060C) // ،
        #expect(SingleByteCodePage.iso8859_6.upper[0xC7 - 0x80] == 0x0627)
        #expect(SingleByteCodePage.iso8859_6.upper[0xE4 - 0x80] == 0x0644)
        #expect(SingleByteCodePage.iso8859_6.upper[0xAC - 0x80] == 0x060C)
    }
}
