/// The per-scalar rules of `Normalizer.Level.search`, shared by `Normalizer.search` and the
/// tokenizer's hot path so that both fold identically.

enum SearchFolding {
    /// Marks a scalar of U+0600–06FF whose folding depends on context (a combining hamza
    /// composes with the letter before it) and must go through `append`.
    static let complex: UInt32 = 0xFFFF_FFFF

    /// The folded scalar for U+0600–06FF: the scalar itself, its folding, 0 when it is
    /// removed, or `complex`.
    @inline(__always)
    static func arabicBlock(_ v: UInt32) -> UInt32 { arabicTable[Int(v - 0x0600)] }

    /// Calls `body` with the table behind `arabicBlock` (index: scalar − U+0600), so that a
    /// loop reads it without a lazy-global check and a retain per scalar.
    @inline(__always)
    static func withArabicTable<R>(_ body: (UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
        try arabicTable.withUnsafeBufferPointer(body)
    }

    private static let arabicTable: [UInt32] = (UInt32(0x0600)...0x06FF).map { v in
        if v == 0x0654 { return complex }
        var out: [UInt32] = []
        append(v, to: &out)
        return out.count == 1 ? out[0] : (out.isEmpty ? 0 : complex)
    }

    /// Appends the search form of scalar `v` (zero, one or several scalars) to `out`.
    /// A hamza written as a combining mark after و or ي composes with it (ؤ, ئ) first,
    /// so decomposed and precomposed spellings fold alike.

    static func append(_ v: UInt32, to out: inout [UInt32]) {
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(v + 0x20) } else { out.append(v) }
            return
        }
        switch v {
        case 0x0621...0x063A, 0x0641...0x0648, 0x064A, 0x0624, 0x0626:
            switch v {
            case 0x0623, 0x0625, 0x0622: out.append(0x0627)
            case 0x0629: out.append(0x0647)
            default: out.append(v)
            }
        case 0x0649, 0x06CC, 0x06D0, 0x06D2: out.append(0x064A)
        case 0x0654:
            // Hamza above as a separate mark: compose with a preceding و or ي.
            if let last = out.last {
                if last == 0x0648 { out[out.count - 1] = 0x0624 } else if last == 0x064A { out[out.count - 1] = 0x0626 }
            }
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED, 0x0610...0x061A:
            return
        case 0x0671, 0x0672, 0x0673, 0x0675: out.append(0x0627)
        case 0x06A9, 0x06AA: out.append(0x0643)
        case 0x06A4: out.append(0x0641)
        case 0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06D5: out.append(0x0647)
        case 0x0660...0x0669: out.append(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: out.append(v - 0x06F0 + 0x30)
        case 0x066B: out.append(0x2E)  // Arabic decimal separator
        case 0x066C: out.append(0x2C)  // Arabic thousands separator
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            if let base = PresentationForms.baseScalars(of: v) {
                for b in base { append(b, to: &out) }
            } else {
                out.append(v)
            }
        default:
            switch ScalarClass.of(v) {
            case .ignorable: return
            case .digit:
                if let n = Unicode.Scalar(v)?.properties.numericValue, n >= 0, n <= 9 {
                    out.append(0x30 + UInt32(n))
                } else {
                    out.append(v)
                }
            case .latinLetter, .otherLetter:
                guard let s = Unicode.Scalar(v) else { return }
                let lower = s.properties.lowercaseMapping.unicodeScalars
                for l in lower { out.append(l.value) }
            default:
                out.append(v)
            }
        }
    }
}
