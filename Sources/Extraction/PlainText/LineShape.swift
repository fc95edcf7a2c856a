import ArabicText

/// What one line of a plain-text page is, judged by its shape: its length, how it ends, and
/// whether it opens with a marker word that pages use around an article.
///
/// Markers are matched after `Normalizer.search` (hamza, ta marbuta and tanween folded) and
/// with punctuation and bullets stripped, and only on short lines, so `إقرأ أيضاً:`,
/// `اقرأ أيضا`, `إقرأ ايضًا -` are one marker, and a sentence that happens to start with
/// `المصدر` is still body text.
enum LineShape: Equatable, Sendable {
    /// An empty or blank line.
    case blank
    /// `المصدر: X`, `Source: X`: the outlet.
    case source(String)
    /// `إقرأ أيضاً:` and kin, possibly followed by a title on the same line.
    case readAlso(inlineTitle: String?)
    /// `مقالات مشابهة`, `أخبار ذات صلة`, `الأكثر قراءة`, `Related articles`, …: a list follows.
    case relatedHeader
    /// `تابعونا على …`, `جميع الحقوق محفوظة`, share lines: page furniture.
    case furniture
    /// A bullet line (`• · - * ▪ ●`), with the bullet removed.
    case bullet(String)
    /// Anything else: prose or a title-like line.
    case text(String)

    static let readAlsoMarkers = ["اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا", "طالع ايضا", "اقرا",
                                  "read also", "read more", "see also", "also read", "lire aussi", "lesen sie auch",
                                  "mehr zum thema"]
    static let relatedMarkers = ["مقالات مشابهه", "مقالات ذات صله", "اخبار ذات صله", "مواضيع ذات صله", "مواضيع مشابهه",
                                 "اخبار مشابهه", "اخبار متعلقه", "مقالات متعلقه", "الاكثر قراءه", "الاكثر مشاهده",
                                 "الاكثر تداولا", "اخر الاخبار", "احدث الاخبار", "قد يعجبك ايضا", "ذات صله",
                                 "related articles", "related posts", "related news", "related stories", "most read",
                                 "more stories", "you may also like", "recommended"]
    static let furnitureMarkers = ["تابعونا", "تابعنا", "جميع الحقوق محفوظه", "حقوق النشر", "كل الحقوق محفوظه",
                                   "شارك", "مشاركه", "انشر", "share", "follow us", "all rights reserved", "copyright",
                                   "©", "facebook", "twitter", "whatsapp", "فيسبوك", "تويتر", "واتساب", "اشترك"]
    static let sourceMarkers = ["المصدر", "مصدر الخبر", "source", "quelle"]
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "-", "*", "▪", "●", "◦", "–", "■", "►", "»", "○", "□", "◆"]

    /// Classifies one line (already stripped of its line break).
    static func of(_ line: String) -> LineShape {
        let trimmed = line.trimmed
        if trimmed.isEmpty { return .blank }
        if let first = trimmed.unicodeScalars.first, bullets.contains(first) {
            let rest = String(trimmed.unicodeScalars.dropFirst()).trimmed
            if !rest.isEmpty, rest.unicodeScalars.first.map({ !bullets.contains($0) }) ?? false {
                return .bullet(rest)
            }
        }
        let words = trimmed.wordCount
        // Markers open a line: fold only its start (long prose lines are the bulk of a page).
        let key = markerKey(words <= 30 ? trimmed : String(trimmed.prefix(80)))
        if words <= 8 {
            for m in sourceMarkers where key.hasPrefix(m) {
                let value = afterSeparator(trimmed)
                if let value, !value.isEmpty { return .source(value) }
            }
        }
        for m in readAlsoMarkers where key == m || (key.hasPrefix(m + " ") && words <= 30 && (m != "اقرا")) {
            if key == m { return .readAlso(inlineTitle: nil) }
            if let rest = afterSeparator(trimmed), !rest.isEmpty { return .readAlso(inlineTitle: rest) }
            return .readAlso(inlineTitle: nil)
        }
        if words <= 6 {
            for m in relatedMarkers where key == m || key.hasPrefix(m + " ") { return .relatedHeader }
            for m in furnitureMarkers where key == m || key.hasPrefix(m + " ") || key.hasPrefix(m) && m == "©" {
                return .furniture
            }
            if key.contains("جميع الحقوق محفوظه") || key.contains("all rights reserved") { return .furniture }
        }
        return .text(trimmed)
    }

    /// The line folded for marker matching: search-normalised, lowercased, punctuation and
    /// bullets dropped, spaces collapsed.
    static func markerKey(_ line: String) -> String {
        let folded = Normalizer.search(line)
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var lastSpace = true
        for s in folded.unicodeScalars {
            if s.isAlphabeticFast || s.isNumericFast || s == "©" {
                UTF8.encode(s) { out.append($0) }
                lastSpace = false
            } else if !lastSpace {
                out.append(0x20)
                lastSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self).trimmed.lowercased()
    }

    /// What follows the first `:`, `-` or `–` of a marker line.
    static func afterSeparator(_ line: String) -> String? {
        guard let idx = line.firstIndex(where: { $0 == ":" || $0 == "：" || $0 == "-" || $0 == "–" || $0 == "|" }) else {
            return nil
        }
        return String(line[line.index(after: idx)...]).trimmed
    }

    /// A line that reads like a headline: short, not ending a sentence.
    static func isTitleLike(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 2 && words <= 30 else { return false }
        guard let last = line.unicodeScalars.last else { return false }
        return !".!؟?:".unicodeScalars.contains(last) || line.contains("..")
    }
}
