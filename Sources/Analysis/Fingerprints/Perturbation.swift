/// One way `PerturbationGenerator` changes an article into a copy that must still be judged its
/// duplicate. Each kind imitates something seen when outlets and aggregators republish.
public enum Perturbation: String, CaseIterable, Codable, Sendable {
    /// Three letters replaced by a neighbour (dots or keyboard: ق/ف, ب/ت/ث, ج/ح/خ, د/ذ, ر/ز, س/ش,
    /// ص/ض, ط/ظ, ع/غ, ه/ة, ي/ى).
    case typo
    /// Two spaces removed (words run together), two words split by a space, and tatweel added
    /// inside three words.
    case spacing
    /// Two lines of page furniture above the article and three below (share, copyright, a
    /// read-also line naming another article).
    case boilerplateWrapper
    /// The first 70% of the text, cut at a word boundary.
    case truncation
    /// One paragraph moved to another place (a sentence, when the text is one paragraph).
    case paragraphMoved
    /// Another outlet's dateline in front and its source line at the end.
    case sourceLine
}
