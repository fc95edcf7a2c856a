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
    /// when no line is boilerplate. Only short lines (≤ 240 UTF-8 bytes and at most
    /// `maximumPrefixedWords` spaces) are examined: boilerplate is short, and scanning bytes
    /// keeps long articles cheap.
    public func stripped(_ text: String) -> String {
        let utf8 = text.utf8
        var lines: [Range<String.Index>] = []
        var dropped: [Bool] = []
        var any = false
        var lineStart = utf8.startIndex
        var length = 0
        var spaces = 0
        var i = utf8.startIndex
        while true {
            let atEnd = i == utf8.endIndex
            if atEnd || utf8[i] == 0x0A {
                let range = lineStart..<i
                let drop = length <= 240 && spaces <= maximumPrefixedWords && contains(line: String(text[range]))
                lines.append(range)
                dropped.append(drop)
                if drop && length > 0 { any = true }
                if atEnd { break }
                i = utf8.index(after: i)
                lineStart = i
                length = 0
                spaces = 0
            } else {
                if utf8[i] == 0x20 { spaces += 1 }
                length += 1
                i = utf8.index(after: i)
            }
        }
        guard any else { return text }
        var out = ""
        out.reserveCapacity(utf8.count)
        for (k, range) in lines.enumerated() where !dropped[k] {
            if !out.isEmpty { out.append("\n") }
            out.append(contentsOf: text[range])
        }
        return out
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
