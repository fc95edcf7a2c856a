import Testing
@testable import Analysis

@Suite struct GazetteerTests {
    @Test func demonymsFromCountryNames() {
        #expect(Gazetteer.demonyms(of: "الصين").contains("الصيني"))
        #expect(Gazetteer.demonyms(of: "الصين").contains("الصينية"))
        #expect(Gazetteer.demonyms(of: "روسيا").contains("الروسي"))
        #expect(Gazetteer.demonyms(of: "فرنسا").contains("الفرنسية"))
        #expect(Gazetteer.demonyms(of: "مصر").contains("المصري"))
        #expect(Gazetteer.demonyms(of: "السعودية").contains("السعودي"))
        #expect(Gazetteer.demonyms(of: "كوريا الجنوبية").contains("الكوري"))
        #expect(Gazetteer.demonyms(of: "جنوب أفريقيا").isEmpty)
    }

    @Test func builtinHasCLDRCountriesCapitalsAndIrregulars() {
        let g = Gazetteer.builtin()
        let words = Set(g.entries.map { "\($0.category.rawValue):\($0.words.joined(separator: " "))" })
        #expect(words.contains("country:روسيا"))
        #expect(words.contains("country:اوكرانيا"))  // folded
        #expect(words.contains("country:الولايات المتحده"))
        #expect(words.contains("capital:موسكو"))
        #expect(words.contains("demonym:الاميركيه"))
        #expect(words.contains("demonym:الامريكي"))
        #expect(g.count(of: .country) > 200)
    }

    @Test func marksMultiWordEntriesThroughClitics() throws {
        let g = Gazetteer(entries: [.init(category: .country, words: ["الولايات المتحدة"])])
        let forms = ["في", "وبالولايات", "المتحدة"].map(WordForm.init)
        let marks = g.marks(forms)
        let bit = Gazetteer.Category.country.bit
        #expect(marks[0] == 0)
        #expect(marks[1] == 1 << (2 * bit))
        #expect(marks[2] == 1 << (2 * bit + 1))
        #expect(try Gazetteer(text: g.text) == g)
    }
}
