import NewsModel

/// An entity found in a BIO tag sequence: its kind and token range.
public struct EntityChunk: Hashable, Sendable {
    /// What the entity is.
    public var kind: Mention.Kind
    /// The tokens it covers, half-open.
    public var tokens: Range<Int>

    /// Creates a chunk.
    public init(kind: Mention.Kind, tokens: Range<Int>) {
        self.kind = kind
        self.tokens = tokens
    }

    /// The entities of a tag sequence, read the way seqeval's default (non-strict) IOB2 mode
    /// reads them: `B-X` starts an entity; `I-X` continues one only right after `B-X` or `I-X`
    /// and otherwise starts a new entity of kind X; anything else ends it.
    public static func chunks(of tags: [EntityTag]) -> [EntityChunk] {
        var result: [EntityChunk] = []
        var start = -1
        var current: Mention.Kind? = nil
        for (i, tag) in tags.enumerated() {
            let kind = tag.kind
            let continues = tag.isInside && kind == current
            if !continues {
                if let c = current { result.append(EntityChunk(kind: c, tokens: start..<i)) }
                current = kind
                start = i
            }
        }
        if let c = current { result.append(EntityChunk(kind: c, tokens: start..<tags.count)) }
        return result
    }
}
