import Foundation
import NewsModel
import Testing
@testable import Analysis

@Suite struct ShippedEntityTaggerTests {
    let tagger: EntityTagger
    let fixture: String

    init() throws {
        tagger = try EntityTagger.shipped()
        fixture = try String(contentsOf: sharedDirectory().appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt"), encoding: .utf8)
    }

    func mentions(_ text: String) -> [String: Mention.Kind] {
        Dictionary(tagger.mentions(in: text).map { ($0.text, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func tagsPeopleAndPlacesOfTheSeedPage() {
        let found = Set(tagger.mentions(in: fixture).map { "\($0.kind.rawValue) \($0.text)" })
        for expected in [
            "PERS فلاديمير بوتين", "PERS بوتين", "PERS شي جينبينغ", "PERS يوري أوتشاكوف",
            "LOC موسكو", "LOC وبكين", "LOC واشنطن", "LOC أوكرانيا", "LOC الولايات المتحدة", "ORG الكرملين",
        ] {
            #expect(found.contains(expected), "\(expected)")
        }
        // Nearly every word written with بوتين (بوتين، وبوتين، ببوتين) is inside a person.
        let putinWords = fixture.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains("بوتين") }.count
        let putinPersons = tagger.mentions(in: fixture).filter { $0.kind == .person && $0.text.contains("بوتين") }.count
        #expect(putinWords >= 8)
        #expect(putinPersons >= putinWords - 2)
        for wrong in ["الخميس", "الرئيسان", "المستشار", "السومرية"] {
            #expect(!found.contains { $0.hasSuffix(" " + wrong) }, "\(wrong)")
        }
    }

    @Test func sentencesFromTheSeedPage() {
        let m = mentions("ونقل عن شي قوله إنه يتعين على بكين وموسكو أيضا تنمية زخم جديد للتعاون.")
        #expect(m["بكين"] == .location)
        #expect(m["وموسكو"] == .location)
        let m2 = mentions("وتابع أن بوتين وشي ناقشا أيضا الوضع في أوكرانيا وحل الصراع في الشرق الأوسط.")
        #expect(tagger.mentions(in: "وتابع أن بوتين وشي ناقشا أيضا الوضع في أوكرانيا.").contains { $0.kind == .person && $0.text.hasPrefix("بوتين") })
        #expect(m2["أوكرانيا"] == .location)
        #expect(m2["الشرق الأوسط"] == .location)
    }

    @Test func spansPointIntoTheText() {
        let text = "أعلن الكرملين الروسي أن موسكو مستعدة لتطبيع العلاقات مع الولايات المتحدة الأمريكية."
        let scalars = Array(text.unicodeScalars)
        let found = tagger.mentions(in: text)
        #expect(!found.isEmpty)
        for m in found {
            #expect(String(String.UnicodeScalarView(scalars[m.span.range])) == m.text)
        }
        #expect(found.contains { $0.kind == .location && $0.text.hasPrefix("الولايات المتحدة") })
    }

    @Test func shippedModelHeldOutTheDevPart() throws {
        #expect(tagger.metadata.devFraction == 0.1)
        #expect(tagger.metadata.trainingSentences == 3589)
    }
}
