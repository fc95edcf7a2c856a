import Foundation
import Hummingbird
import Storage

/// Reads and checks the search parameters shared by the API and the web page:
/// `q`, `source`, `category`, `entity`, `from`, `to`, `limit`, `offset`, `facets`.
struct SearchParameters {
    /// The longest query accepted, in characters (the query parser reads no more).
    static let maximumQueryLength = SearchQuery.maximumLength
    /// The deepest page served.
    static let maximumOffset = 10_000
    /// Results per page when `limit` is absent.
    static let defaultLimit = 10

    var text: String
    var request: SearchRequest
    /// The filters as given (for forms and links).
    var source: String?
    var fromText: String?
    var toText: String?
    var entityText: String?
    /// Whether facets are wanted (`facets=false` skips them).
    var facets: Bool

    /// - Throws: `Problem` 400 whose detail starts with the parameter at fault.
    init(_ httpRequest: Request, defaultLimit: Int = SearchParameters.defaultLimit) throws {
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
        source = value("source")
        fromText = value("from")
        toText = value("to")
        entityText = value("entity")
        switch value("facets")?.lowercased() {
        case nil, "true", "1", "yes": facets = true
        case "false", "0", "no": facets = false
        case let other?: throw Problem(.badRequest, "facets must be true or false, got \(other)")
        }
        self.request = SearchRequest(
            text, source: source, from: try day("from", end: false), to: try day("to", end: true), category: value("category"),
            limit: try int("limit", default: defaultLimit, range: 1...SearchRequest.maximumLimit),
            offset: try int("offset", default: 0, range: 0...SearchParameters.maximumOffset))
        if let entityText { request.query.entity = entityText }
    }

    /// Whether there is nothing to search for.
    var isBlank: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }
}
