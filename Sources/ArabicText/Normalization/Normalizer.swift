import Foundation

/// Normalisation levels of Khabar's one analyzer. Original text is never changed: these
/// produce derived strings (for display and for matching), and the tokenizer keeps spans
/// into the original.
public enum Normalizer {
    /// How far to normalise.
    public enum Level: String, CaseIterable, Sendable, Codable {
        /// What a reader should see. Unicode NFC (so one letter has one encoding); bidi controls,
        /// zero-width characters and soft hyphens removed (invisible, they break matching and
        /// can reorder text); Arabic presentation forms mapped to their base letters (shaped
        /// glyphs from PDFs look right but match nothing). Harakat are kept: they are text.
        case display
        /// What matching compares. Display, plus: harakat, superscript alef, Quranic marks and
        /// tatweel removed (writers add them freely); أ إ آ ٱ → ا, ى → ي, ة → ه (the
        /// commonest spelling variation in news; Egyptian and Gulf outlets drop hamza and dots);
        /// ک → ك, ی → ي, ە → ه, ڤ → ف (Persian and Urdu keyboards); Arabic-Indic and Eastern
        /// Arabic-Indic digits → ASCII; Latin lowercased. ؤ and ئ are kept: on ANT, folding
        /// them would merge 91 and 232 word types with different words of the same letters
        /// (تؤدي/تودي, فئة/فيه, بئر/بير) while hardly any spelling variant uses the bare letter
        /// (`scripts/measure/hamza-folding.py`).
        case search
    }

    /// Returns `text` normalised to `level`.
    public static func normalize(_ text: String, level: Level) -> String {
        switch level {
        case .display: return display(text)
        case .search: return search(text)
        }
    }

    /// The display level (see `Level.display`).
    public static func display(_ text: String) -> String {
        let nfc = text.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var changed = false
        for s in nfc.unicodeScalars {
            let v = s.value
            switch ScalarClass.of(v) {
            case .ignorable:
                changed = true
            case .arabicLetter where v >= 0xFB50:
                if let base = PresentationForms.baseScalars(of: v) {
                    changed = true
                    for b in base { out.append(Unicode.Scalar(b)!) }
                } else {
                    out.append(s)
                }
            default:
                out.append(s)
            }
        }
        return changed ? String(out).precomposedStringWithCanonicalMapping : nfc
    }

    /// The search level (see `Level.search`).
    public static func search(_ text: String) -> String {
        var folded: [UInt32] = []
        folded.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            SearchFolding.append(s.value, to: &folded)
        }
        var out = String.UnicodeScalarView()
        for v in folded { out.append(Unicode.Scalar(v)!) }
        return String(out)
    }
}
