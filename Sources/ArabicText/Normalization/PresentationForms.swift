import Foundation

/// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC) mapped to the base letters they
/// draw. Old PDFs and some CMSs store shaped glyphs instead of letters; they look right and
/// match nothing. The table comes from Unicode's compatibility decompositions, built once.
enum PresentationForms {
    /// Base scalars for a presentation-form scalar, or `nil` when it has no decomposition.
    static func baseScalars(of v: UInt32) -> [UInt32]? {
        table[v]
    }

    private static let table: [UInt32: [UInt32]] = {
        var t: [UInt32: [UInt32]] = [:]
        for range in [0xFB50...0xFDFF as ClosedRange<UInt32>, 0xFE70...0xFEFC] {
            for v in range {
                guard let s = Unicode.Scalar(v), s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
                else { continue }
                let decomposed = String(Character(s)).decomposedStringWithCompatibilityMapping
                let scalars = decomposed.unicodeScalars.map(\.value)
                if scalars != [v] { t[v] = scalars }
            }
        }
        return t
    }()
}
