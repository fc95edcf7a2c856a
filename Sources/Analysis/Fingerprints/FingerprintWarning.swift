/// Why a body got no fingerprint. Such an article is never a duplicate of anything by its body:
/// eleven different Al Arabiya opinion pages in ANT hold only the disclaimer line, and must
/// not become "duplicates" of each other.
public enum FingerprintWarning: Error, Hashable, Sendable, CustomStringConvertible {
    /// The body has no words at all.
    case emptyBody
    /// Every line of the body is known boilerplate (a disclaimer, a source line).
    case boilerplateOnly
    /// Fewer analysed words than `FingerprintParameters.minimumWords` remain.
    case tooShort(words: Int, minimum: Int)

    public var description: String {
        switch self {
        case .emptyBody: return "empty body: no fingerprint"
        case .boilerplateOnly: return "boilerplate-only body: no fingerprint"
        case .tooShort(let w, let m): return "body too short to fingerprint (\(w) words, need \(m))"
        }
    }
}
