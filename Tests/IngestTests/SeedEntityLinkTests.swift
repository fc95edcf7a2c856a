import ArabicText
import Extraction
import Foundation
import NewsModel
import Testing
@testable import Analysis

/// The seed page, extracted as ingest extracts it, then tagged and linked: every surface the
/// expected file lists for one entity links to one entity id, and different entities differ.
@Suite struct SeedEntityLinkTests {
    static func seedLinks() throws -> (links: [LinkedMention], groups: [String: [String]]) {
        let text = try String(contentsOf: fixtures.appendingPathComponent("000_4b46f3481c6e6e4c.txt"), encoding: .utf8)
        let article = try Extractor().extract(RawPage(text: text))
        let links = try EntityTagger.shipped().linkedMentions(in: article, analyzer: Analyzer())
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent("000_4b46f3481c6e6e4c.expected.json"))) as! [String: Any]
        let entities = json["entities"] as! [String: Any]
        var groups: [String: [String]] = [:]
        for kind in ["PER", "LOC", "ORG"] {
            for (name, surfaces) in entities[kind] as! [String: [String]] { groups["\(kind) \(name)"] = surfaces }
        }
        return (links, groups)
    }

    @Test func everyExpectedSurfaceLinksToItsEntity() throws {
        let (links, groups) = try Self.seedLinks()
        var idOfGroup: [String: String] = [:]
        for (group, surfaces) in groups.sorted(by: { $0.key < $1.key }) {
            var ids = Set<String>()
            for surface in surfaces {
                // As written, or after a conjunction (`والصين` writes الصين).
                var found = links.filter { $0.text == surface || $0.text == "و" + surface || $0.text == "ف" + surface }
                // Else as a word of a longer mention (`الأمريكية` in `الولايات المتحدة الأمريكية`).
                if found.isEmpty { found = links.filter { $0.text.split(separator: " ").contains(Substring(surface)) } }
                #expect(!found.isEmpty, "\(group): no mention written \(surface)")
                ids.formUnion(found.map(\.entity.id))
            }
            #expect(ids.count == 1, "\(group): \(surfaces) link to \(ids.sorted())")
            if let id = ids.first { idOfGroup[group] = id }
        }
        // Distinct entities keep distinct ids.
        let byID = Dictionary(grouping: idOfGroup.keys, by: { idOfGroup[$0]! })
        for (id, names) in byID { #expect(names.count == 1, "\(id) holds \(names)") }
    }

    @Test func placesTakeTheirCanonicalNamesAndDemonymsTheirCountry() throws {
        let (links, _) = try Self.seedLinks()
        func entity(_ surface: String) -> Entity? { links.first { $0.text == surface }?.entity }
        #expect(entity("الأميركية")?.name == "الولايات المتحدة")
        #expect(entity("الصيني")?.name == "الصين")
        #expect(entity("ببوتين")?.name == "فلاديمير بوتين")
        #expect(entity("الصيني")?.kind == .location)
        // Inside an organisation's name a demonym belongs to the organisation.
        #expect(!links.contains { $0.text == "العراقية" })
    }

    @Test func spansPointAtTheirText() throws {
        let text = try String(contentsOf: fixtures.appendingPathComponent("000_4b46f3481c6e6e4c.txt"), encoding: .utf8)
        let article = try Extractor().extract(RawPage(text: text))
        let teasers = EntityTagger.teaserTexts(of: article)
        for m in try Self.seedLinks().links {
            let source: String
            switch m.field {
            case .body: source = article.body
            case .title: source = article.title
            case .source: source = article.source ?? ""
            case .teaser: source = teasers[m.teaser!]
            }
            let scalars = Array(source.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[m.span.range])) == m.text)
        }
    }
}
