import Testing
@testable import Analysis

@Suite struct DocumentMemoryTests {
    let builder = WordForm.Builder()

    @Test func marksNamesTaggedInOtherSentencesOnly() {
        let sentences = [["قال", "الوزير", "أبوالنجا"], ["وأكدت", "ابوالنجا", "ذلك"], ["أبوالنجا"]]
        let forms = sentences.map { builder.forms($0) }
        let person = EntityTag(kind: .person, inside: false).index
        let predictions = [[0, 0, person], [0, 0, 0], [0]]
        let marks = DocumentMemory.marks(forms: forms, predictions: predictions, window: 5)
        let personBegin: UInt32 = 1 << 0  // word bits: kind 0 (PERS), B
        let chunkBegin: UInt32 = 1 << 8   // chunk bits start at 8
        #expect(marks[1][1] & personBegin != 0)  // folded ابوالنجا matches أبوالنجا
        #expect(marks[1][1] & chunkBegin != 0)
        #expect(marks[2][0] & personBegin != 0)
        #expect(marks[0][2] == 0)  // its own prediction is not evidence
        #expect(marks[1][0] == 0 && marks[1][2] == 0)
        // Outside the window nothing is remembered.
        let narrow = DocumentMemory.marks(forms: forms, predictions: predictions, window: 1)
        #expect(narrow[2][0] == 0)
    }
}

@Suite struct SelfTrainedGazetteerTests {
    @Test func namesFoundInUnlabeledTextBecomeAutoEntries() throws {
        let tagger = try EntityTaggerTrainer(epochs: 2, folds: 1).train(anercorpSlice(150))
        let text = "وقال الرئيس المصري حسني مبارك في القاهرة إن مصر مستعدة."
        let documents = Array(repeating: EntityTokenizer.sentences(text).map { $0.map(\.text) }, count: 3)
        let g = Gazetteer.selfTrained(by: tagger, documents: documents)
        let tagged = tagger.tag(documents[0][0])
        let names = Set(g.entries.map { $0.words.joined(separator: " ") })
        #expect(!g.entries.isEmpty)
        #expect(g.entries.allSatisfy { $0.category.rawValue.hasPrefix("auto-") })
        // Every auto entry is a word the tagger put inside an entity.
        let insideWords = Set(zip(documents[0][0], tagged).filter { $0.1 != .outside }.map { Gazetteer.cliticForm($0.0) })
        #expect(names.isSubset(of: insideWords.map { Gazetteer.fold($0) }))
    }
}
