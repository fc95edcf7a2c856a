import Foundation
import NewsModel
import Testing
@testable import Extraction

/// Every expectation of the "anatomy" section of the seed's expected.json, read from the file.
@Suite struct SeedAnatomyTests {
    struct Expected: Decodable {
        struct ReadAlso: Decodable {
            var title: String
            var text_starts_with: String
            var text_ends_with: String
        }
        struct Anatomy: Decodable {
            var title: String?
            var body_starts_with: String
            var body_ends_with: String
            var body_paragraphs: Int
            var source: String
            var read_also: [ReadAlso]
            var related_titles: Int
            var not_in_body: [String]
        }
        var file: String
        var anatomy: Anatomy
    }

    let expected: Expected
    let article: Article

    init() throws {
        let json = try SharedData.bytes("fixtures/000_4b46f3481c6e6e4c.expected.json")
        expected = try JSONDecoder().decode(Expected.self, from: Data(json))
        let page = try SharedData.bytes("fixtures/" + expected.file)
        article = try Extractor().extract(RawPage(bytes: page, format: .auto))
    }

    @Test func titleIsInferredWhenThePageHasNone() {
        if let title = expected.anatomy.title {
            #expect(article.title == title)
            #expect(!article.titleInferred)
        } else {
            #expect(article.titleInferred)
            #expect(!article.title.isEmpty)
            #expect(article.body.hasPrefix(article.title.replacingOccurrences(of: "…", with: "")))
        }
    }

    @Test func bodyStartsAndEnds() {
        #expect(article.body.hasPrefix(expected.anatomy.body_starts_with))
        #expect(article.body.hasSuffix(expected.anatomy.body_ends_with))
    }

    @Test func bodyParagraphCount() {
        #expect(article.paragraphs.count == expected.anatomy.body_paragraphs)
    }

    @Test func source() {
        #expect(article.source == expected.anatomy.source)
    }

    @Test func readAlso() throws {
        #expect(article.readAlso.count >= expected.anatomy.read_also.count)
        for want in expected.anatomy.read_also {
            let got = try #require(article.readAlso.first { $0.title == want.title })
            let text = try #require(got.text)
            #expect(text.hasPrefix(want.text_starts_with))
            #expect(text.hasSuffix(want.text_ends_with))
        }
    }

    @Test func relatedTitles() {
        #expect(article.related.count >= expected.anatomy.related_titles)
    }

    @Test func notInBody() {
        for s in expected.anatomy.not_in_body {
            #expect(!article.body.contains(s), "body contains \(s)")
        }
    }

    @Test func leadIsTheFirstSentence() {
        #expect(article.lead.hasPrefix(expected.anatomy.body_starts_with))
        #expect(article.lead.hasSuffix("موسكو وبكين."))
        #expect(article.language == "ar")
    }
}
