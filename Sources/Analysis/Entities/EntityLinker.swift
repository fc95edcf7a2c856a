import ArabicText
import NewsModel

/// Links an article's mentions to entities with stable ids.
///
/// Within an article:
/// - spellings meet on `NameForm`: proclitics and the article removed, letters folded
///   (`ببوتين`/`بوتين`, `والكرملين`/`الكرملين`, `أوكرانيا`/`اوكرانيا`), transliteration
///   variants on name keys (`جينبينغ`/`جينبينج`);
/// - a known place (CLDR countries, gazetteer regions, capitals, cities) takes its
///   canonical name (`أمريكا` → الولايات المتحدة), and a demonym its country (`الصيني` →
///   الصين), whether the tagger marked it or not — unless it is inside another mention
///   (`العراقية` in `السومرية العراقية` belongs to the organisation);
/// - a person named by one part of a longer name (`بوتين`, `شي`) is the longer name's person
///   (`فلاديمير بوتين`, `شي جينبينغ`) when one longer name in the article has that part.
///
/// Across articles the entity id is the kind and the key (the place's canonical bare form,
/// else the name keys of the longest form), so the same key is the same entity everywhere.
public struct EntityLinker: Sendable {
    let places: PlaceDirectory

    /// A linker over the built-in place directory.
    public init() { places = .shared }

    /// A mention to link: what the tagger found (or a demonym), and where on the page.
    public struct Candidate: Sendable {
        public var mention: Mention
        public var field: LinkedMention.Field
        /// For `.teaser`: which teaser text.
        public var teaser: Int?
        /// Set when the mention is a demonym already resolved to its country.
        var place: PlaceDirectory.Place?

        /// Creates a candidate.
        public init(mention: Mention, field: LinkedMention.Field, teaser: Int? = nil) {
            self.mention = mention
            self.field = field
            self.teaser = teaser
        }
    }

    /// Links `candidates` (one article's mentions, title and body) to entities.
    /// `analyzer` reduces names (`NameForm`); give each thread its own.
    public func link(_ candidates: [Candidate], analyzer: Analyzer) -> [LinkedMention] {
        struct Item {
            var candidate: Candidate
            var form: NameForm
            var kind: Mention.Kind
            var key: String
            var name: String
            var fixed: Bool
        }
        var items: [Item] = []
        items.reserveCapacity(candidates.count)
        for c in candidates {
            let form = NameForm(c.mention.text, analyzer: analyzer)
            guard !form.words.isEmpty else { continue }
            if let p = c.place {
                items.append(Item(candidate: c, form: form, kind: .location, key: p.key, name: p.name, fixed: true))
                continue
            }
            let kind = c.mention.kind
            if kind == .location || (kind == .miscellaneous && form.words.count == 1), let p = places.place(form) {
                items.append(Item(candidate: c, form: form, kind: .location, key: p.key, name: p.name, fixed: true))
                continue
            }
            items.append(Item(candidate: c, form: form, kind: kind, key: form.key, name: form.display, fixed: false))
        }

        // A shorter person name that is one word of exactly one longer person name (by name
        // key) is that person; the longer the name, the better its display.
        var longest: [String: Int] = [:]  // kind:key → item index with the most words
        for (i, it) in items.enumerated() where !it.fixed {
            let id = "\(it.kind.rawValue):\(it.key)"
            if let j = longest[id], items[j].form.words.count >= it.form.words.count { continue }
            longest[id] = i
        }
        let fullNames = items.indices.filter { items[$0].kind == .person && !items[$0].fixed && items[$0].form.words.count > 1 }
        for i in items.indices where !items[i].fixed && items[i].form.words.count < 2 {
            guard items[i].kind == .person || items[i].kind == .miscellaneous || items[i].kind == .organization else { continue }
            let part = items[i].form.keys[0]
            let owners = Set(fullNames.filter { items[$0].form.keys.contains(part) }.map { items[$0].key })
            guard owners.count == 1, let owner = owners.first else { continue }
            items[i].kind = .person
            items[i].key = owner
        }
        var display: [String: String] = [:]
        for (id, i) in longest { display[id] = items[i].name }
        for it in items where it.kind == .person && it.form.words.count > 1 {
            let id = "\(it.kind.rawValue):\(it.key)"
            if let d = display[id], d.split(separator: " ").count >= it.form.words.count { continue }
            display[id] = it.name
        }

        return items.map { it in
            let id = "\(it.kind.rawValue):\(it.key)"
            let name = it.fixed ? it.name : (display[id] ?? it.name)
            return LinkedMention(entity: Entity(kind: it.kind, name: name, key: it.key), field: it.candidate.field,
                                 teaser: it.candidate.teaser, span: it.candidate.mention.span,
                                 text: it.candidate.mention.text, lookup: it.form.bare, lookupKey: it.form.key)
        }
    }
}
