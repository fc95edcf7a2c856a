import ArabicText
import NewsModel

extension EntityTagger {
    /// The entity mentions on an article's page — title, body, source (an organisation) and
    /// teasers — linked to entities (`EntityLinker`): the tagger's mentions plus demonyms
    /// outside them (`الصيني` → الصين). Spans are scalar offsets into the mention's field
    /// (`LinkedMention.field`). Linking the whole page keeps a name's spellings together
    /// (`ببوتين` in a related headline is the body's `فلاديمير بوتين`); what the article is
    /// about is its `.title` and `.body` mentions. `analyzer` reduces names; one per thread.
    public func linkedMentions(in article: Article, analyzer: Analyzer, linker: EntityLinker = EntityLinker()) -> [LinkedMention] {
        linkedMentions(in: article, workspace: Workspace(analyzer: analyzer, capacity: .max), linker: linker)
    }

    /// `linkedMentions(in:analyzer:linker:)` with a workspace reused across articles (one per
    /// thread), so words seen in earlier articles are not analysed again. Same results.
    public func linkedMentions(in article: Article, workspace: Workspace, linker: EntityLinker = EntityLinker()) -> [LinkedMention] {
        let analyzer = workspace.analyzer
        let builder = workspace.builder
        var candidates: [EntityLinker.Candidate] = []
        if !article.titleInferred {
            candidates += self.candidates(in: article.title, field: .title, builder: builder, places: linker.places)
        }
        candidates += self.candidates(in: article.body, field: .body, builder: builder, places: linker.places)
        if let source = article.source, !source.isEmpty, source.count <= 60 {
            let length = source.unicodeScalars.count
            candidates.append(EntityLinker.Candidate(mention: Mention(kind: .organization, span: Span(start: 0, end: length), text: source), field: .source))
        }
        for (k, text) in Self.teaserTexts(of: article).enumerated() {
            candidates += self.candidates(in: text, field: .teaser, teaser: k, builder: builder, places: linker.places)
        }
        return linker.link(candidates, analyzer: analyzer)
    }

    /// The page's teaser texts in `LinkedMention.teaser` order: each read-also, then each
    /// related teaser, its title then its text when it has one.
    public static func teaserTexts(of article: Article) -> [String] {
        (article.readAlso + article.related).flatMap { t in [t.title] + (t.text.map { [$0] } ?? []) }
    }

    /// Words that head the name of a broadcaster, agency or paper named after its place
    /// (`تلفزيون الصين المركزي`, `إذاعة لندن`).
    static let mediaHeads: Set<String> = ["تلفزيون", "التلفزيون", "قناه", "القناه", "اذاعه", "الاذاعه", "وكاله", "الوكاله", "صحيفه", "الصحيفه"]

    /// The tagger's mentions in `text` and the demonyms outside them.
    func candidates(in text: String, field: LinkedMention.Field, teaser: Int? = nil, builder: WordForm.Builder,
                    places: PlaceDirectory) -> [EntityLinker.Candidate] {
        guard !text.isEmpty else { return [] }
        let sentences = EntityTokenizer.sentences(text)
        let forms = sentences.map { builder.forms($0.map(\.text)) }
        let tags = tag(forms: forms)
        var out: [EntityLinker.Candidate] = []
        var scalars: [Unicode.Scalar]? = nil
        func slice(_ r: Range<Int>) -> String {
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            return Self.string(scalars![r])
        }
        for s in sentences.indices {
            let sentence = sentences[s]
            let sentenceForms = forms[s]
            var covered = [Bool](repeating: false, count: sentence.count)
            for var chunk in EntityChunk.chunks(of: tags[s].map { EntityTag(index: $0) }) {
                var kind = chunk.kind
                // A media head before a place, and a definite adjective after it, make an organisation.
                let before = chunk.tokens.lowerBound - 1
                if kind == .location, before >= 0, !covered[before], Self.mediaHeadScalars.contains(sentenceForms[before].folded) {
                    var end = chunk.tokens.upperBound
                    if end < sentence.count, tags[s][end] == 0, Self.isDefiniteAdjective(sentenceForms[end].folded) { end += 1 }
                    chunk = EntityChunk(kind: .organization, tokens: before..<end)
                    kind = .organization
                }
                for i in chunk.tokens { covered[i] = true }
                let start = sentence[chunk.tokens.lowerBound].range.lowerBound
                let end = sentence[chunk.tokens.upperBound - 1].range.upperBound
                let mentionText = chunk.tokens.count == 1 ? sentence[chunk.tokens.lowerBound].text : slice(start..<end)
                var c = EntityLinker.Candidate(mention: Mention(kind: kind, span: Span(start: start, end: end), text: mentionText),
                                               field: field, teaser: teaser)
                if chunk.tokens.count == 1, kind != .organization, let place = places.demonyms[sentenceForms[chunk.tokens.lowerBound].stem] {
                    c.place = place
                }
                out.append(c)
            }
            // Outside the tagger's mentions: demonyms, institutions (`مجلس النواب`), outlets
            // written with digits (`عربي21`), and names the gazetteer knows for one kind only.
            var marks: [UInt64]? = nil
            var i = 0
            while i < sentence.count {
                defer { i += 1 }
                guard !covered[i] else { continue }
                let f = sentenceForms[i]
                if f.shape == 1, let place = places.demonyms[f.stem] {
                    var c = EntityLinker.Candidate(mention: Mention(kind: .location, span: Span(sentence[i].range), text: sentence[i].text),
                                                   field: field, teaser: teaser)
                    c.place = place
                    out.append(c)
                    continue
                }
                if f.shape == 1, i + 1 < sentence.count, !covered[i + 1], Self.institutionHeadScalars.contains(f.folded),
                   Self.isDefiniteNoun(sentenceForms[i + 1]) {
                    let range = sentence[i].range.lowerBound..<sentence[i + 1].range.upperBound
                    out.append(EntityLinker.Candidate(mention: Mention(kind: .organization, span: Span(range), text: slice(range)),
                                                      field: field, teaser: teaser))
                    covered[i + 1] = true
                    i += 1
                    continue
                }
                if f.shape == 4, Self.isOutletWithDigits(f.folded) {
                    out.append(EntityLinker.Candidate(mention: Mention(kind: .organization, span: Span(sentence[i].range), text: sentence[i].text),
                                                      field: field, teaser: teaser))
                    continue
                }
                if f.shape == 1 {
                    if marks == nil { marks = gazetteer.marks(sentenceForms) }
                    if let kind = Self.knownKind(marks: marks![i], form: f) {
                        out.append(EntityLinker.Candidate(mention: Mention(kind: kind, span: Span(sentence[i].range), text: sentence[i].text),
                                                          field: field, teaser: teaser))
                    }
                }
            }
        }
        return out
    }

    /// Words that head an institution's name when a definite noun follows (`مجلس النواب`,
    /// `وزارة الخارجية`, `حزب العمال`).
    static let institutionHeads: Set<String> = [
        "مجلس", "وزاره", "هيئه", "جامعه", "حزب", "منظمه", "جبهه", "اتحاد", "بنك", "محكمه", "برلمان", "وكاله",
    ]

    /// A word with the article (not `لل`) and at least three letters after it.
    static func isDefiniteNoun(_ f: WordForm) -> Bool {
        f.shape == 1 && f.cliticStart == 0 && f.stemStart == 2 && f.folded.count >= 5
    }

    /// Arabic letters (three or more) then one to three digits: `عربي21`, `فرانس24`.
    static func isOutletWithDigits(_ f: [UInt32]) -> Bool {
        let letters = f.prefix { $0 >= 0x0621 && $0 <= 0x064A }.count
        let digits = f.count - letters
        return letters >= 3 && (1...3).contains(digits) && f[letters...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The one kind the gazetteer knows an untagged word as: mostly inside entities of that
    /// kind in the training data or in tagged news (three letters or more), or at least
    /// sometimes a name of that kind and of no other, without the article, four letters or more.
    static func knownKind(marks m: UInt64, form f: WordForm) -> Mention.Kind? {
        let letters = f.folded.count - f.cliticStart
        var strong: [Mention.Kind] = []
        var some: [Mention.Kind] = []
        for (kind, strongMask, someMask) in knownKindMasks {
            if m & strongMask != 0 { strong.append(kind) }
            if m & someMask != 0 { some.append(kind) }
        }
        if strong.count == 1, letters >= 3 { return strong[0] }
        if strong.isEmpty, some.count == 1, letters >= 4, f.stemStart == f.cliticStart, !f.lamLamArticle { return some[0] }
        return nil
    }

    /// Per kind, the gazetteer mark bits that make a word mostly (`strong`) or sometimes
    /// (`some`) a name of that kind, computed once (`Category.bit` searches `allCases`).
    static let knownKindMasks: [(kind: Mention.Kind, strong: UInt64, some: UInt64)] = Mention.Kind.allCases.map { kind in
        func bit(_ c: Gazetteer.Category) -> UInt64 { 1 << (2 * UInt64(c.bit)) }
        return (kind, bit(.learned(kind)) | bit(.auto(kind, sometimes: false)),
                bit(.learned(kind, .sometimes)) | bit(.auto(kind, sometimes: true)))
    }

    static func string(_ scalars: [UInt32]) -> String {
        string(scalars.lazy.compactMap(Unicode.Scalar.init))
    }

    /// The string of `scalars`, encoded to UTF-8 directly (building a `String.UnicodeScalarView`
    /// scalar by scalar is several times slower).
    static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 2)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `mediaHeads` and `institutionHeads` as scalar values, to test `WordForm.folded` without
    /// building a string per word.
    static let mediaHeadScalars = Set(mediaHeads.map { $0.unicodeScalars.map(\.value) })
    static let institutionHeadScalars = Set(institutionHeads.map { $0.unicodeScalars.map(\.value) })

    /// `المركزي`, `الرسمية`: the article, at least three letters, and a nisba ending.
    static func isDefiniteAdjective(_ f: [UInt32]) -> Bool {
        guard f.count >= 6, f[0] == WordForm.alef, f[1] == WordForm.lam else { return false }
        let ya: UInt32 = 0x64A, ha: UInt32 = 0x647
        return f.last == ya || (f.last == ha && f[f.count - 2] == ya)
    }
}
