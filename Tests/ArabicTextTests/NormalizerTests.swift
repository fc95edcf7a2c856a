import NewsModel
import Testing
@testable import ArabicText

@Suite struct NormalizerTests {
    @Test func luceneNormalizationVectorsAgree() throws {
        let cases = try vectors("data/stemming/lucene_arabic_testvectors/normalization_filter.tsv")
        #expect(cases.count >= 10)
        for (input, expected) in cases {
            #expect(Normalizer.search(input) == expected, "\(input)")
        }
    }

    @Test func searchFoldsAlefsYaTaMarbutaAndStripsMarks() {
        #expect(Normalizer.search("أإآٱ") == "اااا")
        #expect(Normalizer.search("مستشفى") == "مستشفي")
        #expect(Normalizer.search("الصناعية") == "الصناعيه")
        #expect(Normalizer.search("البلدَين") == "البلدين")
        #expect(Normalizer.search("مضيفًا") == "مضيفا")
        #expect(Normalizer.search("كـــلّ") == "كل")
        #expect(Normalizer.search("رحمٰن") == "رحمن")
    }

    @Test func hamzaOnWawAndYaIsKept() {
        // Measured decision (scripts/measure/hamza-folding.py): folding would merge different words.
        #expect(Normalizer.search("مسؤول") == "مسؤول")
        #expect(Normalizer.search("رئيس") == "رئيس")
        // A hamza typed as a separate mark composes with its carrier first.
        #expect(Normalizer.search("رى\u{0654}يس") == "رئيس")
        #expect(Normalizer.search("مسو\u{0654}ول") == "مسؤول")
    }

    @Test func persianLettersDigitsAndLatin() {
        #expect(Normalizer.search("کتاب") == "كتاب")
        #expect(Normalizer.search("فارسی") == "فارسي")
        #expect(Normalizer.search("١٢٣ ۴۵۶") == "123 456")
        #expect(Normalizer.search("CNN Arabic") == "cnn arabic")
        #expect(Normalizer.search("ÉCOLE") == "école")
    }

    @Test func displayRemovesInvisiblesAndMapsPresentationForms() {
        #expect(Normalizer.display("بو\u{200F}تين\u{200B}") == "بوتين")
        #expect(Normalizer.display("\u{202B}خبر\u{202C}") == "خبر")
        #expect(Normalizer.display("soft\u{00AD}hyphen") == "softhyphen")
        // ﻻ (lam-alef ligature) and shaped forms of ب.
        #expect(Normalizer.display("\u{FEFB}") == "لا")
        #expect(Normalizer.display("\u{FE91}\u{FEE8}\u{FEAE}") == "بنر")
        // Display keeps harakat: they are text.
        #expect(Normalizer.display("البلدَين") == "البلدَين")
    }

    @Test func displayComposesToNFC() {
        // ا + combining hamza above → أ
        #expect(Normalizer.display("ا\u{0654}") == "أ")
    }

    @Test func levelsAreIdempotentOnRandomText() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<1500 {
            let s = RandomText.make(using: &rng)
            let d = Normalizer.display(s)
            #expect(Normalizer.display(d) == d)
            let f = Normalizer.search(s)
            #expect(Normalizer.search(f) == f)
        }
    }
}

/// Random strings drawn from the characters that matter to Arabic text processing.
enum RandomText {
    static let pools: [[UInt32]] = [
        Array(0x0621...0x064A), Array(0x064B...0x0652), [0x0640, 0x0670, 0x0654, 0x0655],
        [0x20, 0x20, 0x0A, 0x09, 0xA0], Array(0x30...0x39), Array(0x0660...0x0669), Array(0x41...0x5A), Array(0x61...0x7A),
        [0x2E, 0x2C, 0x21, 0x3F, 0x061F, 0x061B, 0x060C, 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x23, 0x40, 0x5F, 0x2D, 0x3A, 0x2F],
        [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x200B, 0x200C, 0x200D, 0xFEFF, 0xAD],
        Array(0xFE70...0xFE7F) + Array(0xFEF5...0xFEFC) + [0xFDF2, 0xFB50, 0xFB8E],
        [0x1F600, 0x4E2D, 0x0416, 0x00E9, 0x0301, 0x06A9, 0x06CC, 0x06D5, 0x0130],
    ]

    static func make(using rng: inout SeededGenerator, maxLength: Int = 40) -> String {
        var view = String.UnicodeScalarView()
        let n = Int.random(in: 0...maxLength, using: &rng)
        for _ in 0..<n {
            let pool = pools[Int.random(in: 0..<pools.count, using: &rng)]
            if let s = Unicode.Scalar(pool[Int.random(in: 0..<pool.count, using: &rng)]) { view.append(s) }
        }
        return String(view)
    }
}
