import NewsModel

/// One BIO tag of the entity tagger: `O`, or `B-`/`I-` followed by an entity kind
/// (`B-PERS`, `I-LOC`, …), as in ANERcorp's CoNLL files.
public struct EntityTag: Hashable, Sendable, CustomStringConvertible {
    /// Dense index in `0..<EntityTag.count`: 0 is `O`, then `B-`/`I-` pairs in
    /// `Mention.Kind.allCases` order.
    public let index: Int

    /// Number of distinct tags (`O` and a `B-`/`I-` pair per kind).
    public static let count = 1 + 2 * Mention.Kind.allCases.count

    /// Outside any entity.
    public static let outside = EntityTag(index: 0)

    /// Every tag, in index order.
    public static let all: [EntityTag] = (0..<count).map { EntityTag(index: $0) }

    init(index: Int) { self.index = index }

    /// The tag that begins (`inside == false`) or continues an entity of `kind`.
    public init(kind: Mention.Kind, inside: Bool) {
        let k = Mention.Kind.allCases.firstIndex(of: kind)!
        index = 1 + 2 * k + (inside ? 1 : 0)
    }

    /// Parses a CoNLL tag (`O`, `B-PERS`, `I-ORG`; `PER` is accepted for `PERS`).
    /// Returns nil for anything else.
    public init?(conll text: Substring) {
        if text == "O" { self = .outside; return }
        guard text.count > 2, text.hasPrefix("B-") || text.hasPrefix("I-") else { return nil }
        let name = text.dropFirst(2)
        let kind: Mention.Kind
        switch name {
        case "PERS", "PER": kind = .person
        case "LOC": kind = .location
        case "ORG": kind = .organization
        case "MISC": kind = .miscellaneous
        default: return nil
        }
        self.init(kind: kind, inside: text.hasPrefix("I-"))
    }

    /// The entity kind, or nil for `O`.
    public var kind: Mention.Kind? {
        index == 0 ? nil : Mention.Kind.allCases[(index - 1) / 2]
    }

    /// Whether this is an `I-` tag.
    public var isInside: Bool { index != 0 && (index - 1) % 2 == 1 }

    /// Whether this is a `B-` tag.
    public var isBegin: Bool { index != 0 && (index - 1) % 2 == 0 }

    /// The CoNLL spelling (`O`, `B-PERS`, …).
    public var description: String {
        guard let kind else { return "O" }
        return (isInside ? "I-" : "B-") + kind.rawValue
    }

    /// Whether `self` may follow `previous` (nil at a sentence start) in well-formed IOB2:
    /// an `I-X` only after `B-X` or `I-X`.
    func canFollow(_ previous: EntityTag?) -> Bool {
        guard isInside else { return true }
        guard let previous, previous.index != 0 else { return false }
        return previous.kind == kind
    }
}
