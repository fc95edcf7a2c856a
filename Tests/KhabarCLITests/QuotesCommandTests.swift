import Foundation
import Testing

/// `khabar quotes` on the seed page against the "quotes" section of its expected JSON, and
/// `khabar eval quotes` on a tiny gold file.
@Suite struct QuotesCommandTests {
    struct Line: Decodable {
        struct Q: Decodable {
            var speaker: String?
            var cue: String
            var kind: String
            var isContinuation: Bool
            var parent: Int?
        }
        var source: String
        var quote: Q
        var text: String
    }

    struct Expected: Decodable {
        struct Section: Decodable { var items: [Item] }
        struct Item: Decodable {
            var speaker: String
            var speaker_surface: String?
            var cue: String
            var kind: String?
            var text_contains: String
            var nested: [Item]?
            var `where`: String?
        }
        var quotes: Section
    }

    static let seed = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt")
    static let expected = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.expected.json")

    func seedLines() throws -> [Line] {
        let r = try CLI.run(["quotes", "--json", Self.seed.path])
        #expect(r.status == 0, "\(r.stderr)")
        return try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
    }

    /// The line for `item` among `lines` (index into its own source's list), checking speaker,
    /// cue, kind and words; `carried` is the speaker a continuation must carry.
    func find(_ item: Expected.Item, in lines: [(Int, Line)], carried: String?) -> (Int, Line)? {
        lines.first { _, l in
            guard l.text.contains(item.text_contains), item.cue.hasPrefix(l.quote.cue) else { return false }
            if let k = item.kind, k != l.quote.kind { return false }
            if let s = item.speaker_surface {
                return l.quote.speaker == s && !l.quote.isContinuation
            }
            return l.quote.isContinuation && carried.map { l.quote.speaker?.contains($0) == true } ?? false
        }
    }

    @Test func everySeedQuoteHolds() throws {
        let lines = try seedLines()
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.expected))
        #expect(expected.quotes.items.count == 11)
        var carried: String? = nil
        for item in expected.quotes.items {
            let source = item.where == "read_also" ? "readAlso[0]" : "body"
            let mine = lines.filter { $0.source == source }.enumerated().map { ($0.offset, $0.element) }
            if let s = item.speaker_surface { carried = s }
            let found = find(item, in: mine, carried: carried)
            #expect(found != nil, "missing: \(item.cue) \(item.text_contains)")
            guard let (index, _) = found else { continue }
            for inner in item.nested ?? [] {
                let children = mine.filter { $0.1.quote.parent == index }
                #expect(find(inner, in: children, carried: nil) != nil, "missing nested: \(inner.cue) \(inner.text_contains)")
            }
        }
        // The five statements of one speaker named once.
        let ushakov = lines.filter { $0.quote.speaker?.contains("يوري أوتشاكوف") == true && $0.quote.parent == nil }
        #expect(ushakov.count == 5)
        #expect(ushakov.filter(\.quote.isContinuation).count == 4)
    }

    @Test func readableListShowsSpeakerAndWords() throws {
        let r = try CLI.run(["quotes", "-"], stdin: Data("وقالت الوزارة إن المحادثات مثمرة.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout == "الوزارة → المحادثات مثمرة  [وقالت; indirect]\n")
    }

    @Test func missingFileExits66() throws {
        let r = try CLI.run(["quotes", "/nonexistent/page.txt"])
        #expect(r.status == 66)
    }

    @Test func evalOnATinyGoldEndsWithOneSummaryLine() throws {
        let gold = """
            {"id":"a","source":"t","title":"t","text":"وقال الوزير إن الاقتصاد ينمو. وأضاف أن البطالة تراجعت.","quotes":[{"speaker":"الوزير","speaker_surface":"الوزير","cue":"وقال","kind":"indirect","text":"الاقتصاد ينمو","continuation":false,"borderline":false},{"speaker":"الوزير","speaker_surface":null,"cue":"وأضاف","kind":"indirect","text":"البطالة تراجعت","continuation":true,"borderline":false}]}
            {"id":"b","source":"t","title":"t","text":"وصل الوفد إلى القاهرة.","quotes":[]}

            """
        let r = try CLI.run(["eval", "quotes", "-"], stdin: Data(gold.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("f1=1.000 precision=1.000 recall=1.000 speaker_accuracy=1.000 "))
        #expect(last.contains("continuation_recall=1.000"))
        #expect(last.contains("quotes=2 articles=2"))
        let skipped = try CLI.run(["eval", "quotes", "-", "--skip", "1"], stdin: Data(gold.utf8))
        #expect(skipped.stdout.split(separator: "\n").last?.contains("quotes=0 articles=1") == true)
        let bad = try CLI.run(["eval", "quotes", "-"], stdin: Data("not json\n".utf8))
        #expect(bad.status == 65)
    }
}
