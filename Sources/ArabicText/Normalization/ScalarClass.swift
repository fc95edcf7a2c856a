/// What a Unicode scalar is, for tokenizing and normalising Arabic text.
///
/// Classification is a range switch for the Arabic blocks (the hot path) and falls back to
/// Unicode properties only for scalars outside Arabic and ASCII.

enum ScalarClass: UInt8, Sendable {
    /// A letter of the Arabic script (base block, supplement, presentation forms).
    case arabicLetter
    /// Harakat, superscript alef, Quranic marks: part of a word, removed for search.
    case arabicMark
    /// Tatweel (U+0640): stretches a word, never splits it.
    case tatweel
    /// ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
    case digit
    /// A Latin letter.
    case latinLetter
    /// A letter of another script (Cyrillic, Han, Greek …).
    case otherLetter
    /// A combining mark outside Arabic (accents written as separate scalars).
    case otherMark
    /// Invisible format characters: bidi controls, zero-width characters, soft hyphen.
    case ignorable
    /// Space, tab and other separators.
    case space
    /// Line feed, carriage return, paragraph and line separators.
    case lineBreak
    /// Quotation marks: `" « » “ ” „ ‘ ’ ‹ ›`.
    case quote
    /// Everything else: punctuation and symbols.
    case punctuation
}

extension ScalarClass {
    /// Classifies one scalar value.
    @inline(__always)
    static func of(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x61...0x7A, 0x41...0x5A: return .latinLetter
        case 0x30...0x39: return .digit
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        case 0x0A, 0x0D: return .lineBreak
        case 0x22: return .quote
        case 0x00...0x7F: return .punctuation
        case 0x0600...0x06FF: return arabicBlock(v)
        case 0x0750...0x077F, 0x08A0...0x08FF: return .arabicLetter
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            // Presentation forms: letters and ligatures, plus a few ornate marks.
            if v == 0xFD3E || v == 0xFD3F { return .punctuation }
            return .arabicLetter
        case 0xFE00...0xFE0F: return .ignorable  // variation selectors
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x2060, 0x061C:
            return .ignorable
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return .space
        case 0x0085, 0x2028, 0x2029: return .lineBreak
        case 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0x300C...0x300F: return .quote
        default: return slowPath(v)
        }
    }


    @inline(__always)
    static func arabicBlock(_ v: UInt32) -> ScalarClass {
        arabicTable[Int(v - 0x0600)]
    }

    /// Calls `body` with the table behind `arabicBlock` (index: scalar − U+0600).
    @inline(__always)
    static func withArabicTable<R>(_ body: (UnsafeBufferPointer<ScalarClass>) throws -> R) rethrows -> R {
        try arabicTable.withUnsafeBufferPointer(body)
    }

    /// Classes of U+0600–06FF, computed once: the commonest scalars in Arabic text.
    private static let arabicTable: [ScalarClass] = (UInt32(0x0600)...0x06FF).map(classifyArabicBlock)

    private static func classifyArabicBlock(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x0640: return .tatweel
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED, 0x0610...0x061A:
            return .arabicMark
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5, 0x06E5, 0x06E6,
            0x06EE, 0x06EF, 0x06FA...0x06FC, 0x06FF:
            return .arabicLetter
        default: return .punctuation  // ، ؛ ؟ ٪ ٫ ٬ ۔ and the like
        }
    }


    static func slowPath(_ v: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(v) else { return .punctuation }
        let p = scalar.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .otherMark
        case .format: return .ignorable
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        case .decimalNumber: return .digit
        default: break
        }
        if p.isAlphabetic {
            switch v {
            case 0x00C0...0x024F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                return .latinLetter
            default:
                return .otherLetter
            }
        }
        return .punctuation
    }

    /// Whether the class belongs inside an Arabic word.

    var continuesArabicWord: Bool {
        self == .arabicLetter || self == .arabicMark || self == .tatweel || self == .ignorable
    }
}
