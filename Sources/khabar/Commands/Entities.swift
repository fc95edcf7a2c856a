import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar entities ID`: the entities of a stored article with their mentions.
struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places, organisations and other names of a stored article, with their mentions.",
        discussion: """
            Entities are tagged and linked at ingest: proclitics, spelling and transliteration variants, \
            surnames and demonyms (الصيني → الصين) link to one entity with a stable id (kind:key). Each \
            mention's span is in Unicode scalar offsets into the body (or the title, marked "title"). \
            With --json, one JSON line per entity: entity {id, kind, name, key}, mentions [{span, text, inTitle}].
            """
    )

    @Argument(help: "The article id (from search results).")
    var id: String

    @OptionGroup var store: StoreOptions

    @Flag(help: "One JSON line per entity.")
    var json = false

    func run() async throws {
        let db = try store.open(mustExist: true)
        guard let entities = try await db.entities(ofArticle: id) else {
            stderrLine("khabar: no article with id \(id)")
            throw ExitCode.failure
        }
        if json {
            for e in entities { print(String(decoding: try JSONEncoder.khabar.encode(e), as: UTF8.self)) }
            return
        }
        for e in entities {
            print("\(e.entity.kind.rawValue)\t\(e.entity.name)\t\(e.entity.id)\tmentions=\(e.mentions.count)")
            for m in e.mentions {
                print("    \(m.text)\t\(m.inTitle ? "title" : "body") \(m.span.start)-\(m.span.end)")
            }
        }
        print("entities=\(entities.count) mentions=\(entities.reduce(0) { $0 + $1.mentions.count })")
    }
}
