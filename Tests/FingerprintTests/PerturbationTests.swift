import NewsModel
import Analysis
import Testing

@Suite struct PerturbationTests {
    @Test func generatorIsDeterministicForASeed() throws {
        let docs = try ANTSample.documents(count: 60)
        let a = PerturbationGenerator(seed: 7).pairs(from: docs, sampleSize: 4)
        let b = PerturbationGenerator(seed: 7).pairs(from: docs, sampleSize: 4)
        let c = PerturbationGenerator(seed: 8).pairs(from: docs, sampleSize: 4)
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map(\.kind) == b.map(\.kind))
        #expect(a.map(\.original) == b.map(\.original))
        #expect(a.map(\.text) != c.map(\.text))
        #expect(a.count == 4 * (Perturbation.allCases.count + 2))
    }

    @Test func everyPerturbationChangesTheText() throws {
        let body = try #require(try ANTSample.documents(count: 5).first { $0.body.contains("\n") }).body
        var rng = SeededGenerator(seed: 1)
        for kind in Perturbation.allCases {
            #expect(PerturbationGenerator().perturb(body, kind, rng: &rng, otherTitle: "عنوان آخر") != body, "\(kind)")
        }
    }

    @Test(arguments: Perturbation.allCases)
    func perturbedCopiesAreDuplicates(_ kind: Perturbation) throws {
        let docs = try ANTSample.documents(count: 120)
        let pairs = PerturbationGenerator(seed: 11).pairs(from: docs, sampleSize: 6)
        let fingerprinter = Fingerprinter()
        for pair in pairs where pair.kind == .perturbed(kind) {
            var index = NearDuplicateIndex()
            index.insert(try fingerprinter.fingerprint(of: docs[pair.original].body))
            let matches = index.matches(for: try fingerprinter.fingerprint(of: pair.text))
            #expect(matches.map(\.document) == [0], "\(kind) of \(docs[pair.original].id)")
        }
    }

    @Test func sameTopicNegativesAreNotDuplicates() throws {
        let docs = try ANTSample.documents(count: 120)
        let pairs = PerturbationGenerator(seed: 11).pairs(from: docs, sampleSize: 6).filter { !$0.isDuplicate }
        #expect(pairs.count >= 6)
        let fingerprinter = Fingerprinter()
        for pair in pairs {
            var index = NearDuplicateIndex()
            index.insert(try fingerprinter.fingerprint(of: docs[pair.original].body))
            #expect(index.matches(for: try fingerprinter.fingerprint(of: pair.text)).isEmpty, "\(pair.kind) \(docs[pair.original].id)")
        }
    }
}
