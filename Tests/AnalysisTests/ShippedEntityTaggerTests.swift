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
        let found = tagger.mentions(in: fixture)
        let person = Set(found.filter { $0.kind == .person }.map(\.text))
        let location = Set(found.filter { $0.kind == .location }.map(\.text))
        #expect(person.contains { $0.contains("بوتين") })
        #expect(location.contains("موسكو"))
        #expect(location.contains("واشنطن"))
        #expect(location.contains { $0.contains("أوكرانيا") })
        #expect(!location.contains("الخميس") && !person.contains("الخميس"))
    }

    @Test func sentencesFromTheSeedPage() {
        let m = mentions("ونقل عن شي قوله إنه يتعين على بكين وموسكو أيضا تنمية زخم جديد للتعاون.")
        #expect(m["بكين"] == .location)
        #expect(m["وموسكو"] == .location)
        let m2 = mentions("وقال المستشار الدبلوماسي للكرملين يوري أوتشاكوف إن الزعيمين أعربا عن رفضهما.")
        #expect(m2["يوري أوتشاكوف"] == .person)
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
