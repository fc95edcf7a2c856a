import Analysis
import Testing

@Suite struct FingerprintTests {
    let fingerprinter = Fingerprinter()

    @Test func exactFingerprintIgnoresSpellingVariantsButNotWords() throws {
        let a = try fingerprinter.fingerprint(of: "قال الرئيس الأمريكي إن المفاوضات لم تنته بعد وإن الوفد سيعود غدا إلى القاهرة")
        let b = try fingerprinter.fingerprint(of: "قال الرئيـس الامريكي، إن المفاوضات لم تنتهِ بعد، وإن الوفد سيعود غداً إلى القاهرة.")
        let c = try fingerprinter.fingerprint(of: "قال الرئيس الأمريكي إن المفاوضات تنته بعد وإن الوفد سيعود غدا إلى القاهرة")
        #expect(a.exact == b.exact)
        #expect(a.exact != c.exact, "dropping the negation لم changes the text")
    }

    @Test func emptyAndBoilerplateOnlyBodiesGetNoFingerprint() {
        #expect(throws: FingerprintWarning.emptyBody) { try fingerprinter.fingerprint(of: "  \n \n") }
        #expect(throws: FingerprintWarning.boilerplateOnly) {
            try fingerprinter.fingerprint(of: "** جميع المقالات المنشورة تمثل رأي كتابها فقط.")
        }
        #expect(throws: FingerprintWarning.boilerplateOnly) {
            try fingerprinter.fingerprint(of: "جميع الحقوق محفوظة\nالمصدر: رويترز")
        }
        #expect(throws: FingerprintWarning.tooShort(words: 4, minimum: 8)) { try fingerprinter.fingerprint(of: "عاجل: انفجار في بيروت") }
    }

    @Test func antDisclaimerPagesAreWarningsNotDuplicates() throws {
        let pages = try ANTSample.disclaimerBodies()
        #expect(pages.count == 11)
        var index = NearDuplicateIndex()
        for page in pages {
            #expect(throws: FingerprintWarning.boilerplateOnly) { _ = try index.add(fingerprinter.fingerprint(of: page.body)) }
        }
        #expect(index.count == 0)
    }

    @Test func indexFindsExactAndNearDuplicatesOnly() throws {
        let docs = try ANTSample.documents(count: 40).filter { $0.body.count > 600 }
        var index = NearDuplicateIndex()
        for d in docs { #expect(index.add(try fingerprinter.fingerprint(of: d.body)).matches.isEmpty, "\(d.id)") }
        let body = docs[3].body
        let same = try fingerprinter.fingerprint(of: body + "\n")
        #expect(index.matches(for: same).first == .init(document: 3, similarity: 1, isExact: true))
        let cut = String(body.prefix(body.count * 8 / 10))
        let near = index.matches(for: try fingerprinter.fingerprint(of: cut))
        #expect(near.map(\.document) == [3])
        #expect(near.first?.isExact == false)
    }

    @Test func signatureEstimatesJaccard() throws {
        let words = (0..<400).map { "كلمة\($0 % 97)x\($0)" }
        let a = try fingerprinter.fingerprint(of: words.joined(separator: " "))
        let b = try fingerprinter.fingerprint(of: words[0..<200].joined(separator: " "))
        // Shingle sets: 398 and 198 shingles, 198 shared: J ≈ 0.497.
        let j = a.minHash.estimatedJaccard(b.minHash)
        #expect(j > 0.3 && j < 0.7)
        #expect(a.minHash.bandKeys(bands: 16).count == 16)
    }
}
