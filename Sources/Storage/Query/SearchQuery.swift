import Foundation

/// A user's search, parsed. The query language:
///
/// - words: `بوتين الصين` — every word must match (in any form the analyzer relates);
/// - `"exact phrase"` — the words in this order (an unclosed quote runs to the end);
/// - `-word`, `-"a phrase"` — exclude;
/// - `a OR b` — either (binds tighter than the implicit AND: `a b OR c` is a AND (b OR c));
/// - `prefix*` — words starting with `prefix`;
/// - filters `source:NAME`, `category:NAME`, `entity:NAME`, `from:YYYY-MM-DD`, `to:YYYY-MM-DD`
///   (a value may be quoted: `source:"سكاي نيوز"`).
///
/// Parsing never fails: what cannot be read as an operator is read as a word, and the parsed
/// query never reaches a database as text — each backend compiles it from analysed terms.
public struct SearchQuery: Sendable, Equatable {
    /// One thing to look for.
    public enum Clause: Sendable, Equatable {
        case word(String)
        case phrase(String)
        case prefix(String)
    }

    /// Groups that must all match; within a group, any clause may match.
    public var required: [[Clause]] = []
    /// Clauses that must not match.
    public var excluded: [Clause] = []
    public var source: String?
    public var category: String?
    public var entity: String?
    public var from: Date?
    public var to: Date?
    /// What was odd about the query (dropped clauses, unreadable dates, truncation).
    public var warnings: [String] = []

    /// The longest query read, in characters; the rest is ignored with a warning.
    public static let maximumLength = 1_000
    /// The most clauses read; the rest are ignored with a warning.
    public static let maximumClauses = 32

    public init() {}

    /// Parses `text` (never fails; see the type's documentation).
    public init(parsing text: String) {
        var input = Substring(text)
        if input.count > SearchQuery.maximumLength {
            input = input.prefix(SearchQuery.maximumLength)
            warnings.append("query truncated to its first \(SearchQuery.maximumLength) characters")
        }
        var lexer = QueryLexer(input)
        var pendingOr = false
        var clauses = 0
        while let item = lexer.next() {
            switch item {
            case .or:
                pendingOr = !required.isEmpty
            case .filter(let key, let value):
                applyFilter(key, value)
                pendingOr = false
            case .clause(let clause, let negated):
                clauses += 1
                if clauses > SearchQuery.maximumClauses {
                    if clauses == SearchQuery.maximumClauses + 1 {
                        warnings.append("only the first \(SearchQuery.maximumClauses) words and phrases are used")
                    }
                    continue
                }
                if negated {
                    excluded.append(clause)
                } else if pendingOr {
                    required[required.count - 1].append(clause)
                } else {
                    required.append([clause])
                }
                pendingOr = false
            }
        }
    }

    private mutating func applyFilter(_ key: String, _ value: String) {
        guard !value.isEmpty else { return }
        switch key {
        case "source": source = value
        case "category": category = value
        case "entity": entity = value
        case "from", "to":
            guard let date = SearchQuery.parseDay(value, endOfDay: key == "to") else {
                warnings.append("\(key): expects a date like 2018-02-18, got \(value)")
                return
            }
            if key == "from" { from = date } else { to = date }
        default: break
        }
    }

    /// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) in UTC; the end of that period when `endOfDay`.
    public static func parseDay(_ s: String, endOfDay: Bool = false) -> Date? {
        let parts = s.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        var c = DateComponents()
        c.calendar = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")
        c.year = parts[0]
        c.month = parts.count > 1 ? parts[1] : 1
        c.day = parts.count > 2 ? parts[2] : 1
        guard let y = c.year, (1...9999).contains(y), let m = c.month, (1...12).contains(m), let d = c.day, (1...31).contains(d),
            let start = c.date
        else { return nil }
        guard endOfDay else { return start }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let unit: Calendar.Component = parts.count == 3 ? .day : parts.count == 2 ? .month : .year
        return cal.date(byAdding: unit, value: 1, to: start).map { $0.addingTimeInterval(-0.001) }
    }

    /// Whether there is anything to look for.
    public var isEmpty: Bool { required.isEmpty }

    /// Whether any filter is set (source, category, entity, from, to). A query with filters and
    /// no words lists the latest articles matching them.
    public var hasFilters: Bool { source != nil || category != nil || entity != nil || from != nil || to != nil }
}

/// Splits query text into clauses, operators and filters.
struct QueryLexer {
    enum Item {
        case clause(SearchQuery.Clause, negated: Bool)
        case or
        case filter(key: String, value: String)
    }

    static let filterKeys: Set<String> = ["source", "category", "entity", "from", "to"]
    static let quotes: Set<Character> = ["\"", "«", "»", "“", "”", "„"]

    private var chars: [Character]
    private var i = 0

    init(_ s: Substring) { chars = Array(s) }

    mutating func next() -> Item? {
        while i < chars.count && chars[i].isWhitespace { i += 1 }
        guard i < chars.count else { return nil }
        var negated = false
        if chars[i] == "-" && i + 1 < chars.count && !chars[i + 1].isWhitespace {
            negated = true
            i += 1
        }
        if QueryLexer.quotes.contains(chars[i]) {
            i += 1
            let start = i
            while i < chars.count && !QueryLexer.quotes.contains(chars[i]) { i += 1 }
            let text = String(chars[start..<i])
            if i < chars.count { i += 1 }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return next() }
            return .clause(.phrase(trimmed), negated: negated)
        }
        let start = i
        while i < chars.count && !chars[i].isWhitespace && !QueryLexer.quotes.contains(chars[i]) { i += 1 }
        var word = String(chars[start..<i])
        if !negated && word == "OR" { return .or }
        if !negated, let colon = word.firstIndex(of: ":"), colon != word.startIndex {
            let key = word[..<colon].lowercased()
            if QueryLexer.filterKeys.contains(key) {
                var value = String(word[word.index(after: colon)...])
                if value.isEmpty && i < chars.count && QueryLexer.quotes.contains(chars[i]) {
                    i += 1
                    let vs = i
                    while i < chars.count && !QueryLexer.quotes.contains(chars[i]) { i += 1 }
                    value = String(chars[vs..<i])
                    if i < chars.count { i += 1 }
                }
                return .filter(key: key, value: value.trimmingCharacters(in: .whitespaces))
            }
        }
        if word.count > 1 && word.hasSuffix("*") {
            while word.hasSuffix("*") { word.removeLast() }
            return .clause(.prefix(word), negated: negated)
        }
        return .clause(.word(word), negated: negated)
    }
}
