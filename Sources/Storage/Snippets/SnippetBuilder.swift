import ArabicText
import NewsModel

/// Cuts a passage of the original text around the matched words and marks them.
///
/// The text is analysed with the same analyzer as the index, so a mark falls on `ببوتين`
/// when the query said `بوتين`. The passage is the window of `windowTokens` tokens holding
/// the most distinct matched forms (then the most matches), snapped to the start of its
/// sentence when that is near; `…` shows where text was cut.
public struct SnippetBuilder {
    public var windowTokens = 32

    public init() {}

    /// The marked title: the whole title with its matches.
    public func markTitle(_ title: String, highlight: AnalysedQuery.Highlight, analyzer: Analyzer) -> [Span] {
        let matcher = AnalysedQuery.Highlight.Matcher(highlight)
        return analyzer.analyze(title).filter(matcher.matches).map { Span($0.token.scalars) }
    }

    /// A passage of `body` with its matches marked; the body's start when nothing matches.
    public func snippet(_ body: String, highlight: AnalysedQuery.Highlight, analyzer: Analyzer) -> MarkedText {
        let tokens = analyzer.analyze(body)
        let scalars = Array(body.unicodeScalars)
        guard !tokens.isEmpty else { return MarkedText(text: "", spans: []) }
        let matcher = AnalysedQuery.Highlight.Matcher(highlight)
        let matched = tokens.map(matcher.matches)
        var bestStart = 0, bestDistinct = -1, bestCount = -1
        var start = 0
        while start < tokens.count {
            let end = min(tokens.count, start + windowTokens)
            var distinct = Set<String>(), count = 0
            for k in start..<end where matched[k] {
                distinct.insert(tokens[k].stem.isEmpty ? tokens[k].normalized : tokens[k].stem)
                count += 1
            }
            if distinct.count > bestDistinct || (distinct.count == bestDistinct && count > bestCount) {
                bestStart = start; bestDistinct = distinct.count; bestCount = count
            }
            if end == tokens.count { break }
            start += max(1, windowTokens / 4)
        }
        // Start the passage a few tokens before the first match, at a sentence start if one is near.
        if let firstMatch = (bestStart..<min(tokens.count, bestStart + windowTokens)).first(where: { matched[$0] }) {
            bestStart = max(0, min(bestStart, firstMatch - 6))
            for k in stride(from: firstMatch, through: max(0, firstMatch - 12), by: -1) where tokens[k].token.followsLineBreak || k == 0 {
                bestStart = k
                break
            }
        }
        let end = min(tokens.count, bestStart + windowTokens)
        let from = tokens[bestStart].token.scalars.lowerBound
        let to = tokens[end - 1].token.scalars.upperBound
        let prefix = from > 0 ? "… " : ""
        let suffix = to < scalars.count ? " …" : ""
        let shift = prefix.unicodeScalars.count - from
        var text = prefix
        text.unicodeScalars.append(contentsOf: scalars[from..<to])
        text += suffix
        let spans = (bestStart..<end).filter { matched[$0] }.map { k in
            Span(start: tokens[k].token.scalars.lowerBound + shift, end: tokens[k].token.scalars.upperBound + shift)
        }
        return MarkedText(text: text, spans: spans)
    }
}
