import Foundation
import Hummingbird
import Storage

/// Reads and checks the search parameters shared by the API and the web page:
/// `q`, `source`, `category`, `from`, `to`, `limit`, `offset`.
struct SearchParameters {
    /// The longest query accepted, in characters.
    static let maximumQueryLength = 2_000
    /// The deepest page served.
    static let maximumOffset = 10_000

    var text: String
    var request: SearchRequest

    /// - Throws: `Problem` 400 naming the parameter at fault.
    init(_ httpRequest: Request, defaultLimit: Int = 10) throws {
        let p = httpRequest.uri.queryParameters
        func value(_ k: String) -> String? {
            p.get(k).map { String($0).removingPercentEncoding ?? String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        text = (value("q") ?? "").replacingOccurrences(of: "+", with: " ")
        guard text.count <= SearchParameters.maximumQueryLength else {
            throw Problem(.badRequest, "q is \(text.count) characters; the limit is \(SearchParameters.maximumQueryLength)")
        }
        func int(_ k: String, default d: Int, range: ClosedRange<Int>) throws -> Int {
            guard let s = value(k) else { return d }
            guard let n = Int(s), range.contains(n) else {
                throw Problem(.badRequest, "\(k) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(s)")
            }
            return n
        }
        func day(_ k: String, end: Bool) throws -> Date? {
            guard let s = value(k) else { return nil }
            guard let d = SearchQuery.parseDay(s, endOfDay: end) else { throw Problem(.badRequest, "\(k) must be a date like 2018-02-18, got \(s)") }
            return d
        }
        self.request = SearchRequest(
            text, source: value("source"), from: try day("from", end: false), to: try day("to", end: true), category: value("category"),
            limit: try int("limit", default: defaultLimit, range: 1...SearchRequest.maximumLimit),
            offset: try int("offset", default: 0, range: 0...SearchParameters.maximumOffset))
    }
}
