import ArabicText
import NewsModel
import Testing
@testable import Analysis

/// The linker's rules, one at a time, on hand-made mentions (the seed page's links are tested
/// end to end in IngestTests).
@Suite struct EntityLinkerTests {
    let linker = EntityLinker()
    let analyzer = Analyzer()

    func ids(_ mentions: [(Mention.Kind, String)]) -> [String] {
        var offset = 0
        let candidates = mentions.map { kind, text -> EntityLinker.Candidate in
            defer { offset += text.unicodeScalars.count + 1 }
            return EntityLinker.Candidate(mention: Mention(kind: kind, span: Span(start: offset, end: offset + text.unicodeScalars.count), text: text), field: .body)
        }
        return linker.link(candidates, analyzer: analyzer).map(\.entity.id)
    }

    @Test func cliticsArticleAndFoldingMeet() {
        #expect(Set(ids([(.person, "بوتين"), (.person, "ببوتين"), (.person, "وبوتين")])).count == 1)
        #expect(Set(ids([(.organization, "الكرملين"), (.organization, "والكرملين"), (.organization, "للكرملين")])).count == 1)
        #expect(Set(ids([(.location, "أوكرانيا"), (.location, "اوكرانيا"), (.location, "وأوكرانيا")])).count == 1)
    }

    @Test func transliterationVariantsShareTheirNameKey() {
        #expect(Set(ids([(.person, "شي جينبينغ"), (.person, "شي جينبينج")])).count == 1)
        #expect(Set(ids([(.person, "يوري أوتشاكوف"), (.person, "يوري اوتشاكوف")])).count == 1)
    }

    @Test func surnamesAndFirstPartsJoinTheFullName() {
        let r = ids([(.person, "فلاديمير بوتين"), (.person, "بوتين"), (.person, "شي جينبينغ"), (.person, "شي")])
        #expect(r[0] == r[1])
        #expect(r[2] == r[3])
        #expect(r[0] != r[2])
        // Across articles the id is the same for the same full name.
        #expect(ids([(.person, "وفلاديمير بوتين")])[0] == r[0])
    }

    @Test func placesTakeTheirCanonicalName() {
        let r = ids([(.location, "الولايات المتحدة"), (.location, "أمريكا"), (.location, "أميركا"), (.location, "الولايات المتحدة الأمريكية")])
        #expect(Set(r).count == 1)
        #expect(ids([(.location, "روسيا")]) == ids([(.location, "روسيا الاتحادية")]))
        #expect(ids([(.location, "سيناء")]) != ids([(.location, "الصين")]))
    }

    @Test func demonymsPointAtTheirCountry() throws {
        let tagger = try EntityTagger.shipped()
        let text = "قالت الخارجية الروسية إن الوفد الصيني التقى مسؤولين من الإدارة الأمريكية والأميركية وشركة ألمانية."
        let links = tagger.linkedMentions(in: Article(id: "t", title: "", paragraphs: [text]), analyzer: analyzer)
        func name(_ surface: String) -> String? { links.first { $0.text == surface }?.entity.name }
        #expect(name("الروسية") == "روسيا")
        #expect(name("الصيني") == "الصين")
        #expect(name("الأمريكية") == "الولايات المتحدة")
        #expect(name("والأميركية") == "الولايات المتحدة")
        #expect(name("ألمانية") == "ألمانيا")
    }
}
