import Foundation

/// Reads and writes CoNLL files of the ANERcorp format: one `token TAG` a line, a blank line
/// between sentences.
public enum CoNLL {
    /// Parses CoNLL text. A line with more than two fields keeps its first field as the token
    /// and its last as the tag (ANERcorp has a few such lines).
    /// - Throws: `EntityTaggerError.badCoNLLLine` for a line without a known tag.
    public static func parse(_ text: String) throws(EntityTaggerError) -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        var tokens: [String] = []
        var tags: [EntityTag] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty {
                if !tokens.isEmpty { sentences.append(TaggedSentence(tokens: tokens, tags: tags)) }
                tokens = []; tags = []
                continue
            }
            guard fields.count >= 2, let tag = EntityTag(conll: fields[fields.count - 1]) else {
                throw .badCoNLLLine(line: lineNumber, text: String(rawLine))
            }
            tokens.append(String(fields[0]))
            tags.append(tag)
        }
        if !tokens.isEmpty { sentences.append(TaggedSentence(tokens: tokens, tags: tags)) }
        return sentences
    }

    /// Reads and parses a CoNLL file.
    /// - Throws: `EntityTaggerError.notUTF8`, `.badCoNLLLine`; Foundation's error when the
    ///   file cannot be read.
    public static func read(contentsOf url: URL) throws -> [TaggedSentence] {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else { throw EntityTaggerError.notUTF8 }
        return try parse(text)
    }

    /// Splits sentences into a training part and a development part: the last
    /// `round(fraction × count)` sentences are the development part.
    public static func split(_ sentences: [TaggedSentence], devFraction: Double)
        -> (train: [TaggedSentence], dev: [TaggedSentence])
    {
        let devCount = min(sentences.count, max(0, Int((Double(sentences.count) * devFraction).rounded())))
        let cut = sentences.count - devCount
        return (Array(sentences[..<cut]), Array(sentences[cut...]))
    }
}
