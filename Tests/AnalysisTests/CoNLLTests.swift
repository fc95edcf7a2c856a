import Testing
@testable import Analysis

@Suite struct CoNLLTests {
    @Test func parsesSentencesAndOddLines() throws {
        let text = "فرانكفورت B-LOC\nأعلن O\n\n. Oالإصابة O\nكوفي B-PERS\nأنان I-PER\n"
        let s = try CoNLL.parse(text)
        #expect(s.count == 2)
        #expect(s[0].tokens == ["فرانكفورت", "أعلن"])
        #expect(s[1].tokens == [".", "كوفي", "أنان"])
        #expect(s[1].tags.map(\.description) == ["O", "B-PERS", "I-PERS"])
    }

    @Test func rejectsUnknownTagsWithLineNumber() {
        #expect(throws: EntityTaggerError.badCoNLLLine(line: 2, text: "كلمة X-FOO")) {
            try CoNLL.parse("أ O\nكلمة X-FOO\n")
        }
    }

    @Test func devPartIsTheLastFraction() {
        let s = (0..<10).map { TaggedSentence(tokens: ["\($0)"], tags: [.outside]) }
        let (train, dev) = CoNLL.split(s, devFraction: 0.2)
        #expect(train.count == 8)
        #expect(dev.map(\.tokens) == [["8"], ["9"]])
    }
}
