/// Compiles an `AnalysedQuery` into an FTS5 `MATCH` expression over Khabar's index columns.
/// Every term is emitted as a quoted FTS5 string (quotes doubled), so no user text is ever
/// read by FTS5 as syntax: `NEAR`, `AND`, `*`, `:` and stray quotes are just characters.
enum FTS5Query {
    static let exactColumns = "{title_exact body_exact}"
    static let stemColumns = "{title_stem body_stem}"

    static func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func compile(_ q: AnalysedQuery) -> String {
        compile(q, requiredClause: clause)
    }

    /// The query with every required word in its exact (search-folded) form only: no stems, no
    /// name keys. Results matching it rank above those that match only through stems or name
    /// keys, so relating forms widens what is found without reordering what exact words already
    /// find. Exclusions stay in every form: an excluded word is excluded however it is written.
    static func compileExact(_ q: AnalysedQuery) -> String {
        compile(q, requiredClause: exactClause)
    }

    private static func compile(_ q: AnalysedQuery, requiredClause: (AnalysedQuery.Clause) -> String) -> String {
        let required = q.required.map { group in
            group.count == 1 ? requiredClause(group[0]) : "(" + group.map(requiredClause).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        guard !q.excluded.isEmpty else { return required }
        return "(" + required + ") NOT (" + q.excluded.map(clause).joined(separator: " OR ") + ")"
    }

    static func exactClause(_ c: AnalysedQuery.Clause) -> String {
        switch c {
        case .term(let t): return "\(exactColumns) : \(quote(t.normalized))"
        case .phrase(let ts): return "\(exactColumns) : \(quote(ts.map(\.normalized).joined(separator: " ")))"
        case .prefix(let p): return "\(exactColumns) : \(quote(p)) *"
        }
    }

    static func clause(_ c: AnalysedQuery.Clause) -> String {
        switch c {
        case .term(let t):
            var alternatives = ["\(exactColumns) : \(quote(t.normalized))", "\(stemColumns) : \(quote(t.stem))"]
            if !t.nameKey.isEmpty { alternatives.append("name_keys : \(quote(t.nameKey))") }
            return "(" + alternatives.joined(separator: " OR ") + ")"
        case .phrase(let ts):
            let exact = quote(ts.map(\.normalized).joined(separator: " "))
            let stems = quote(ts.map(\.stem).joined(separator: " "))
            return "(\(exactColumns) : \(exact) OR \(stemColumns) : \(stems))"
        case .prefix(let p):
            return "(\(exactColumns) : \(quote(p)) * OR \(stemColumns) : \(quote(p)) *)"
        }
    }
}
