import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar entity NAME`: one entity across the store.
struct EntityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show an entity across the store: its spellings, its articles over time and the entities met with it.",
        discussion: """
            NAME is any spelling (بوتين, ببوتين, "فلاديمير بوتين", الصيني) or an entity id (PERS:fldmr btn). \
            When several entities answer to the name, the one with the most articles is shown and the others \
            are listed. With --json, one JSON object: entity, articles, mentions, variants, timeline, latest, \
            cooccurring, and others (the other entities the name matched).
            """
    )

    @Argument(help: "A name, written any way, or an entity id.")
    var name: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Timeline buckets: day or month.")
    var by: EntityTimeline.Period = .month

    @Option(help: "How many latest articles and co-occurring entities to list.")
    var limit: Int = 10

    @Flag(help: "One JSON object.")
    var json = false

    struct Output: Encodable {
        var detail: EntityDetail
        var others: [EntitySummary]
        enum CodingKeys: String, CodingKey { case entity, articles, mentions, variants, timeline, latest, cooccurring, others }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(detail.entity, forKey: .entity)
            try c.encode(detail.articles, forKey: .articles)
            try c.encode(detail.mentions, forKey: .mentions)
            try c.encode(detail.variants, forKey: .variants)
            try c.encode(detail.timeline, forKey: .timeline)
            try c.encode(detail.latest, forKey: .latest)
            try c.encode(detail.cooccurring, forKey: .cooccurring)
            try c.encode(others, forKey: .others)
        }
    }

    func run() async throws {
        guard limit > 0 else {
            stderrLine("khabar: --limit must be at least 1")
            throw ExitCode.validationFailure
        }
        let db = try store.open(mustExist: true)
        let matches = try await db.entities(named: name)
        guard let best = matches.first, let detail = try await db.entityDetail(id: best.entity.id, by: by, limit: limit) else {
            stderrLine("khabar: no entity named \(name)")
            throw ExitCode.failure
        }
        let others = Array(matches.dropFirst())
        if json {
            print(String(decoding: try JSONEncoder.khabar.encode(Output(detail: detail, others: others)), as: UTF8.self))
            return
        }
        let e = detail.entity
        print("\(e.kind.rawValue)\t\(e.name)\t\(e.id)")
        print("articles=\(detail.articles) mentions=\(detail.mentions)")
        print("variants: " + detail.variants.map { "\($0.text) (\($0.count))" }.joined(separator: "، "))
        print("timeline:")
        for b in detail.timeline { print("  \(b.period)\t\(b.articles)") }
        print("latest:")
        for a in detail.latest {
            print("  " + [a.id, a.published?.isoDay, a.source].compactMap { $0 }.joined(separator: " · ") + "\t" + a.title)
        }
        print("co-occurring:")
        for c in detail.cooccurring { print("  \(c.entity.kind.rawValue)\t\(c.entity.name)\tarticles=\(c.articles)") }
        if !others.isEmpty {
            print("also named so: " + others.map { "\($0.entity.name) [\($0.entity.id)] articles=\($0.articles)" }.joined(separator: "; "))
        }
    }
}

extension EntityTimeline.Period: ExpressibleByArgument {}
