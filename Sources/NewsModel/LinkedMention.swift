/// One entity that mentions across articles link to: a person, place, organisation or other
/// name, under a stable id.
///
/// The id is the kind and the linking key (`LOC:صين`, `PERS:fldmr btn`), so the same name
/// in two articles gets the same id, whatever proclitics or transliteration each used.
///
/// Encoded as `{"id": "PERS:fldmr btn", "kind": "PERS", "name": "فلاديمير بوتين", "key": "fldmr btn"}`.
public struct Entity: Codable, Hashable, Sendable {
    /// Stable id: `kind:key`.
    public var id: String
    /// What the entity is.
    public var kind: Mention.Kind
    /// A readable name: the gazetteer's name for a known place, else the longest form met.
    public var name: String
    /// The linking key the id is made of.
    public var key: String

    /// Creates an entity; its id is `kind:key`.
    public init(kind: Mention.Kind, name: String, key: String) {
        self.id = "\(kind.rawValue):\(key)"
        self.kind = kind
        self.name = name
        self.key = key
    }
}

/// A mention linked to its entity, somewhere on an article's page.
///
/// Encoded as `{"entity": {…}, "field": "body", "span": {"start": 10, "end": 17}, "text": "ببوتين", "lookup": "بوتين", "lookupKey": "btn"}`.
public struct LinkedMention: Codable, Hashable, Sendable {
    /// Where on the page a mention stands.
    public enum Field: String, Codable, Hashable, Sendable {
        /// `Article.body`.
        case body
        /// `Article.title`.
        case title
        /// `Article.source` (the outlet, an organisation).
        case source
        /// A read-also or related teaser (`teaser` says which text).
        case teaser
    }

    /// The entity the mention names.
    public var entity: Entity
    /// Which text of the page the span points into.
    public var field: Field
    /// For `.teaser`: the index of the text among the page's teaser texts (each read-also,
    /// then each related teaser: its title, then its text when it has one).
    public var teaser: Int?
    /// Scalar offsets into the field's text.
    public var span: Span
    /// The mention as written.
    public var text: String
    /// The spelling's lookup form (`NameForm.bare`: folded, without proclitics), under which
    /// a query for this spelling finds the entity.
    public var lookup: String
    /// The spelling's name keys (`NameForm.key`), under which an unseen transliteration of
    /// it finds the entity.
    public var lookupKey: String

    /// Whether the mention is in the title.
    public var inTitle: Bool { field == .title }

    /// Creates a linked mention.
    public init(entity: Entity, field: Field, teaser: Int? = nil, span: Span, text: String, lookup: String, lookupKey: String) {
        self.entity = entity
        self.field = field
        self.teaser = teaser
        self.span = span
        self.text = text
        self.lookup = lookup
        self.lookupKey = lookupKey
    }
}
