import ArabicText

/// The key under which spellings of one speaker meet: the name keys (`NameKey`) of the
/// speaker's words, without function words and without titles and offices
/// (`الرئيس`, `وزير`, `المتحدث باسم`, `الدكتور` …), distinct, in order.
///
/// `المستشار الدبلوماسي للكرملين يوري أوتشاكوف` and a query `اوتشاكوف` share the key of
/// أوتشاكوف; a query matches a speaker when every term of the query's key is among the
/// speaker's terms, so `بوتين` finds `الرئيس الروسي فلاديمير بوتين`.
public enum SpeakerKey {
    /// The key terms of `speaker` (a stored speaker or a query), computed by `analyzer`.
    public static func terms(of speaker: String, analyzer: Analyzer) -> [String] {
        var out: [String] = []
        analyzer.forEachTerm(in: speaker, withNameKeys: true) { term in
            guard term.token.kind == .arabicWord || term.token.kind == .latinWord, !term.isStopWord else { return }
            let folded = String(decoding: term.normalized, as: UTF8.self)
            guard !isTitle(folded) else { return }
            let key = term.nameKey.isEmpty ? folded : String(decoding: term.nameKey, as: UTF8.self)
            if !key.isEmpty, !out.contains(key) { out.append(key) }
        }
        return out
    }

    /// Whether a search-folded word is a title or an office rather than part of a name,
    /// with و/ال/ل/لل before it or not.
    static func isTitle(_ folded: String) -> Bool {
        func bare(_ w: Substring) -> Bool {
            if titles.contains(String(w)) { return true }
            if w.hasPrefix("لل"), w.count > 4, titles.contains(String(w.dropFirst(2))) { return true }
            return w.hasPrefix("ال") && w.count > 4 && titles.contains(String(w.dropFirst(2)))
        }
        let w = Substring(folded)
        return bare(w) || (w.hasPrefix("و") && w.count > 3 && bare(w.dropFirst()))
    }

    /// Offices and honorifics, search-folded, without ال.
    static let titles: Set<String> = [
        "رئيس", "رييس", "رئيسه", "رييسه", "وزير", "وزيره", "نائب", "نائبه", "مساعد", "مستشار", "مستشاره",
        "متحدث", "متحدثه", "ناطق", "ناطقه", "باسم", "سفير", "سفيره", "مبعوث", "مندوب", "امين", "عام",
        "مدير", "مديره", "زعيم", "قائد", "ملك", "ملكه", "امير", "اميره", "ولي", "عهد", "شيخ", "سيد", "سيده",
        "دكتور", "دكتوره", "د", "بروفيسور", "استاذ", "جنرال", "لواء", "عميد", "عقيد", "فريق", "مشير",
        "نائبا", "نواب", "رسمي", "رسميه", "دبلوماسي", "دبلوماسيه", "سابق", "سابقه", "حالي", "اعلي", "اعلى",
        "وزراء", "مكتب", "عضو", "عضوه", "حاكم", "محافظ", "قاضي", "مفتي", "بابا",
    ]
}
