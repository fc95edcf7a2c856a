import ArabicText

/// Lines that pages wrap around articles and that say nothing about the article: they are
/// dropped before fingerprinting so a body made only of them gets no fingerprint.
///
/// A line is boilerplate when its search-folded words, punctuation ignored, equal one of
/// `lines` or start with one of `prefixes` and are short (a source or rights line).
public struct Boilerplate: Sendable {
    /// Whole lines (search-folded words joined by one space).
    public var lines: Set<String>
    /// Line openings of short lines (source lines, copyright lines).
    public var prefixes: [String]
    /// A prefixed line is boilerplate only up to this many words.
    public var maximumPrefixedWords: Int

    /// A boilerplate list (search-folded on the way in).
    public init(lines: [String], prefixes: [String], maximumPrefixedWords: Int = 12) {
        self.lines = Set(lines.map(Boilerplate.key))
        self.prefixes = prefixes.map(Boilerplate.key)
        self.maximumPrefixedWords = maximumPrefixedWords
    }

    /// The lines met in ANT and on the seed page.
    public static let standard = Boilerplate(
        lines: [
            "جميع المقالات المنشورة تمثل رأي كتابها فقط",
            "المقالات المنشورة تعبر عن رأي كتابها",
            "جميع الحقوق محفوظة",
            "إقرأ أيضاً", "اقرأ أيضا", "مقالات مشابهة", "شارك", "تابعونا",
        ],
        prefixes: ["المصدر", "مصدر الخبر", "حقوق النشر", "جميع الحقوق محفوظة", "اقرأ أيضا", "إقرأ أيضاً"]
    )

    /// Whether `line` is boilerplate.
    public func contains(line: String) -> Bool {
        let k = Boilerplate.key(line)
        if k.isEmpty { return true }
        if lines.contains(k) { return true }
        let words = k.split(separator: " ").count
        return words <= maximumPrefixedWords && prefixes.contains { k.hasPrefix($0) }
    }

    /// The text without its boilerplate lines (remaining lines joined by `\n`); `text` itself
    /// when no line is boilerplate. Only short lines are examined (boilerplate is short).
    public func stripped(_ text: String) -> String {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var drop: [Bool] = []
        var any = false
        for line in lines {
            let d = line.utf8.count <= 240 && contains(line: String(line))
            drop.append(d)
            any = any || (d && !line.isEmpty)
        }
        guard any else { return text }
        var kept: [Substring] = []
        for (i, line) in lines.enumerated() where !drop[i] { kept.append(line) }
        return kept.joined(separator: "\n")
    }

    /// Search-folded letters and digits, words separated by one space.
    static func key(_ text: String) -> String {
        let folded = Normalizer.search(text)
        var out = ""
        var pendingSpace = false
        for ch in folded {
            if ch.isLetter || ch.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
