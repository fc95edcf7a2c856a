import Foundation

/// How ingest groups articles into stories (incremental, single pass, inside the write
/// transaction): each new article is compared with the articles of a time window that share
/// its key terms, and joins the story of the most similar one when the similarity reaches
/// `threshold`; otherwise it starts a story of its own.
///
/// An article's key terms are the heaviest `keyTerms` of its title and lead
/// (`TermVector`: the title's words count twice, the lead is the first `leadTerms` body terms).
public enum StoryClustering {
    /// Articles more than this far apart (publication time, else ingest time) are never one story.
    public static let window: TimeInterval = 3 * 86_400
    /// Cosine similarity of key-term vectors at or above which an article joins a story.
    /// Chosen with `khabar eval stories` on the ANS stance pairs (see README).
    public static let threshold = 0.30
    /// Key terms kept per article.
    public static let keyTerms = 24
    /// Key terms posted and looked up per article (the heaviest).
    public static let postedTerms = 12
    /// Body terms read as the lead.
    public static let leadTerms = 60
    /// A key term with more postings in the window than this says nothing about the event.
    public static let maxPostings = 120
    /// Shared posted terms a candidate needs before its vector is compared.
    public static let minSharedTerms = 2
    /// Candidates compared per article (those sharing the most posted terms).
    public static let maxCandidates = 10

    /// The key-term vector of a title and lead given as aligned folded forms and stems.
    public static func keyVector(titleExact: String, titleStems: String, bodyExact: String, bodyStems: String) -> TermVector {
        var b = TermVector.Builder()
        b.add(exact: titleExact, stems: titleStems, boost: TermVector.titleBoost)
        b.add(exact: bodyExact, stems: bodyStems, boost: 1, limit: leadTerms)
        return b.vector().top(keyTerms)
    }

    /// The posting key of a stem (FNV-1a 64 of its UTF-8, as a signed integer).
    static func termHash(_ stem: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in stem.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int64(bitPattern: h)
    }
}
