import ArabicText
import Foundation
import GRDB

/// An FTS5 tokenizer that runs Khabar's analyzer inside SQLite: each word is reported at its
/// byte offsets in the original text as its search-folded form, with its stem as a colocated
/// synonym when the two differ. In a query, colocated forms are alternatives.
///
/// The alternative to the pre-analysed columns `SQLiteStore` uses; `khabar bench index`
/// measures both. Not thread-safe by itself: SQLite calls one tokenizer instance from one
/// connection at a time.
final class ArabicFTS5Tokenizer: FTS5CustomTokenizer {
    static let name = "khabar_arabic"
    /// `ArabicFTS5Tokenizer.ok` and `ArabicFTS5Tokenizer.colocated` from sqlite3.h / fts5.h.
    private static let ok: CInt = 0, colocated: CInt = 1
    private let analyzer = Analyzer()

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return ArabicFTS5Tokenizer.ok }
        let text = pText.withMemoryRebound(to: UInt8.self, capacity: Int(nText)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(nText)), as: UTF8.self)
        }
        var rc = ArabicFTS5Tokenizer.ok
        analyzer.forEachTerm(in: text) { term in
            guard rc == ArabicFTS5Tokenizer.ok, !term.normalized.isEmpty else { return }
            let start = CInt(term.token.utf8.lowerBound), end = CInt(term.token.utf8.upperBound)
            term.normalized.withMemoryRebound(to: CChar.self) { n in
                rc = tokenCallback(context, 0, n.baseAddress, CInt(n.count), start, end)
            }
            if rc == ArabicFTS5Tokenizer.ok && !term.stem.isEmpty && !term.stem.elementsEqual(term.normalized) {
                term.stem.withMemoryRebound(to: CChar.self) { s in
                    rc = tokenCallback(context, ArabicFTS5Tokenizer.colocated, s.baseAddress, CInt(s.count), start, end)
                }
            }
        }
        return rc
    }
}
