/// A skeleton key under which transliteration variants of one foreign name meet:
/// `أميركا`/`أمريكا`, `جينبينغ`/`جينبينج`, `أوتشاكوف`/`اوتشاكوف`.
///
/// The rule, on the search-folded light stem (so `الأميركية` and `أمريكا` both key `amrg`):
/// 1. Long vowels ا و ي (and ى folded already) are dropped, since transliterators place
///    them freely (أميركا/أمريكا, final ا of a country and ي of its adjective alike); a
///    leading vowel is kept as `a`, because it does carry the name (أوكرانيا vs كرانيا).
/// 2. Letters that render one foreign sound are merged: ج غ گ → g (g is written ج in
///    Egypt, غ in the Levant and Gulf), ت ط → t, د ض → d, س ص ث → s, ز ذ ظ → z, ه ح → h,
///    ف ڤ → f, ب پ → b; hamza carriers and ع are dropped.
/// 3. Runs of the same key letter collapse (كّ written twice, تت).
///
/// It is a key for names, not for words: many ordinary words share keys (كتب/كاتب), so it
/// is used to link and to expand name queries, never as the only evidence of a match.
public enum NameKey {
    /// The key of a search-folded word.
    public static func key(of folded: String) -> String {
        let scalars = folded.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { String(decoding: key(of: $0), as: UTF8.self) }
    }

    /// The key's ASCII bytes for folded scalars `w`.
    static func key(of w: UnsafeBufferPointer<UInt32>) -> [UInt8] {
        var out: [UInt8] = []
        write(w, into: &out)
        return out
    }

    /// Writes the key of folded scalars `w` into `out` (replacing its contents).
    static func write(_ w: UnsafeBufferPointer<UInt32>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        let n = w.count
        for i in 0..<n {
            let v = w[i]
            let code: UInt8?
            switch v {
            case 0x0627, 0x0648, 0x064A, 0x0649:  // ا و ي ى
                code = i == 0 ? UInt8(ascii: "a") : nil
            case 0x062C, 0x063A, 0x06AF: code = UInt8(ascii: "g")
            case 0x0643: code = UInt8(ascii: "k")
            case 0x0642: code = UInt8(ascii: "q")
            case 0x062A, 0x0637: code = UInt8(ascii: "t")
            case 0x062F, 0x0636: code = UInt8(ascii: "d")
            case 0x0633, 0x0635, 0x062B: code = UInt8(ascii: "s")
            case 0x0632, 0x0630, 0x0638: code = UInt8(ascii: "z")
            case 0x0647, 0x062D, 0x0629: code = UInt8(ascii: "h")
            case 0x0641, 0x06A4: code = UInt8(ascii: "f")
            case 0x0628, 0x067E: code = UInt8(ascii: "b")
            case 0x0645: code = UInt8(ascii: "m")
            case 0x0646: code = UInt8(ascii: "n")
            case 0x0644: code = UInt8(ascii: "l")
            case 0x0631: code = UInt8(ascii: "r")
            case 0x0634: code = UInt8(ascii: "c")  // ش
            case 0x062E: code = UInt8(ascii: "x")  // خ
            case 0x0621, 0x0623, 0x0624, 0x0626, 0x0639: code = nil  // hamza carriers, ع
            case 0x30...0x39, 0x61...0x7A: code = UInt8(truncatingIfNeeded: v)
            default: code = nil
            }
            if let code, out.last != code { out.append(code) }
        }
    }
}
