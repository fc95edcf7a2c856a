/// The exact fingerprint of a text: a 64-bit hash of its analysed tokens in order.
///
/// Tokens are the analyzer's search-folded forms (`Analyzer.Term.normalized`), so diacritics,
/// tatweel, alef and hamza variants, ى/ي, ة/ه, digit scripts, Latin case, punctuation and
/// spacing between tokens do not change it. **Stop words are included**: Arabic negation and
/// modality are stop words (`لا`, `لم`, `لن`, `ليس`, `قد`), and a copy that drops one is a
/// different statement, not the same text. 64 bits: the chance of any accidental collision
/// among 100,000 articles is about 3·10⁻¹⁰.
public struct ExactFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// The hash.
    public var value: UInt64

    /// A fingerprint with a known value (read back from a store).
    public init(value: UInt64) { self.value = value }

    /// Sixteen hex digits.
    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
