import NewsModel

/// Which entity each quote's speaker is, from the article's linked entity mentions.
///
/// - A speaker with a span (`speakerSpan`) is the entity of a body mention that overlaps it:
///   a person before an organisation before a place or other name (`المستشار الدبلوماسي للكرملين
///   يوري أوتشاكوف` is Ushakov, not the Kremlin), then the longest mention, then the last one
///   (the name follows the title); a place or other name only when it opens the phrase.
/// - A speaker without a span (a continuation, `وأضاف أن …`) inherits the entity of the latest
///   earlier quote of the same text with the same speaker; failing that, the entity of the latest
///   earlier body mention whose words the speaker contains.
/// - Quotes in teaser texts are not linked: their mentions index the teasers differently.
public enum QuoteSpeakerLink {
    /// The entity id of each quote's speaker (nil when none), in the order of `quotes`.
    public static func entityIDs(of quotes: [IndexedQuote], mentions: [LinkedMention]?) -> [String?] {
        guard let mentions, !mentions.isEmpty else { return Array(repeating: nil, count: quotes.count) }
        let body = mentions.filter { $0.field == .body }.sorted { $0.span.start < $1.span.start }
        var result: [String?] = []
        result.reserveCapacity(quotes.count)
        for (n, iq) in quotes.enumerated() {
            guard iq.text == .body, let speaker = iq.quote.speaker else { result.append(nil); continue }
            if let span = iq.quote.speakerSpan {
                // A place or other name speaks only as the phrase's head (`قالت روسيا`), not as
                // an adjective of it (`قناة العربية`, `الفنانة المصرية`).
                let overlapping = body.filter {
                    $0.span.start < span.end && span.start < $0.span.end
                        && ($0.entity.kind == .person || $0.entity.kind == .organization || $0.span.start <= span.start + 2)
                }
                result.append(best(overlapping)?.entity.id)
                continue
            }
            // Carried over: the same speaker's entity at its latest earlier quote.
            let inherited = (0..<n).reversed().first { k in
                quotes[k].text == .body && quotes[k].quote.speaker == speaker && result[k] != nil
            }.flatMap { result[$0] }
            if let inherited { result.append(inherited); continue }
            let before = body.filter { $0.span.end <= iq.quote.cueSpan.start && !$0.text.isEmpty && speaker.contains($0.text) }
            result.append(best(before.suffix(8))?.entity.id)
        }
        return result
    }

    /// The mention that best names a speaker among those of its phrase.
    private static func best<C: Collection>(_ candidates: C) -> LinkedMention? where C.Element == LinkedMention {
        func rank(_ k: Mention.Kind) -> Int {
            switch k {
            case .person: return 3
            case .organization: return 2
            case .location: return 1
            case .miscellaneous: return 0
            }
        }
        return candidates.max { a, b in
            (rank(a.entity.kind), a.span.end - a.span.start, a.span.start) < (rank(b.entity.kind), b.span.end - b.span.start, b.span.start)
        }
    }
}
