import Foundation
import Testing

/// `khabar quotes` with speakers linked to entities (`v9-quote-entities`), on a store filled
/// from ANT lines and the seed page.
@Suite struct QuoteEntityCommandTests {
    struct Line: Decodable {
        var speaker: String?
        var entity: String?
        var article: String
    }

    @Test func theSeedsQuotesCarryTheirSpeakersEntityAndTheEntityIdFindsThem() throws {
        let (db, id) = try QuotesStoreCommandTests.filledStore()
        let r = try CLI.run(["quotes", id, "--db", db, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        let his = lines.filter { $0.speaker?.contains("أوتشاكوف") == true }
        #expect(his.count >= 5)
        let entity = try #require(his.first?.entity)
        #expect(entity.hasPrefix("PERS:"))
        #expect(his.allSatisfy { $0.entity == entity })
        // The entity id as the speaker: the same quotes, found through the link.
        let byID = try CLI.run(["quotes", "--speaker", entity, "--db", db, "--json"])
        #expect(byID.status == 0, "\(byID.stderr)")
        let found = try byID.stdout.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        #expect(found.count == his.count)
        #expect(!found.isEmpty && found.allSatisfy { $0.entity == entity && $0.article == id })
    }
}
