/// A named-entity mention found in a text: what kind of entity, where it stands and how it
/// is written there. Produced by `Analysis`'s entity tagger; linking mentions to entities is
/// a later step.
///
/// Encoded as `{"kind": "PERS", "span": {"start": 10, "end": 17}, "text": "ببوتين"}`.
public struct Mention: Codable, Hashable, Sendable {
    /// The kinds of entity, as in ANERcorp. Raw values are ANERcorp's tag suffixes.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// A person (`بوتين`, `شي جينبينغ`).
        case person = "PERS"
        /// A place: country, city, region, geopolitical place (`موسكو`, `الولايات المتحدة`).
        case location = "LOC"
        /// An organisation (`الكرملين`, `وكالة الأنباء`).
        case organization = "ORG"
        /// Other names: events, products, nationalities used as names (`كأس العالم`).
        case miscellaneous = "MISC"
    }

    /// What the mention names.
    public var kind: Kind
    /// Where the mention stands, in Unicode scalar offsets into the tagged text. Whole
    /// words: a proclitic written onto the name (`ببوتين`) is inside the span.
    public var span: Span
    /// The mention as written in the text (the scalars of `span`).
    public var text: String

    /// Creates a mention.
    public init(kind: Kind, span: Span, text: String) {
        self.kind = kind
        self.span = span
        self.text = text
    }
}
