import Foundation
import Hummingbird
import Storage

/// A request's query parameters, read one way for every route (search, analysis, ingest, web pages).
///
/// Values are decoded as HTML forms encode them (`application/x-www-form-urlencoded`): `+` is a
/// space, then percent-escapes are decoded once (so `%2B` is a plus and `%2541` stays `%41`).
/// Values are trimmed; an empty value counts as absent; the first of repeated keys wins.
struct QueryParameters {
    private var values: [String: String] = [:]

    init(_ request: Request) {
        self.init(query: request.uri.query ?? "")
    }

    /// From the raw query string (what follows `?`).
    init(query: String) {
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(parts[0]), values[key] == nil else { continue }
            values[key] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    private static func decode(_ s: Substring) -> String? {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding
    }

    /// The trimmed value of `key`, nil when absent or empty. A value with a broken escape
    /// (`%zz`) counts as absent too.
    func value(_ key: String) -> String? {
        guard let v = values[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    /// A whole number within `range`; `d` when absent.
    /// - Throws: `Problem` 400 naming the parameter.
    func int(_ key: String, default d: Int, range: ClosedRange<Int>) throws -> Int {
        guard let s = value(key) else { return d }
        guard let n = Int(s), range.contains(n) else {
            throw Problem(.badRequest, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(s)")
        }
        return n
    }

    /// A UTC day (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): its start, or its last moment when `endOfDay`; nil when absent.
    /// - Throws: `Problem` 400 naming the parameter.
    func day(_ key: String, endOfDay: Bool = false) throws -> Date? {
        guard let s = value(key) else { return nil }
        guard let d = SearchQuery.parseDay(s, endOfDay: endOfDay) else {
            throw Problem(.badRequest, "\(key) must be a day like 2018-02-18 (or 2018-02, 2018), got \(s)")
        }
        return d
    }
}
