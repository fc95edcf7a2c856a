import Foundation
import Hummingbird
import Storage

/// Reads and checks the search parameters shared by the API and the web page:
/// `q`, `source`, `category`, `entity`, `from`, `to`, `sort`, `limit`, `offset`, `facets`.
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
    /// The order of results (`sort=news|relevance|newest`, news when absent).
    var sort: SearchOrder

    /// - Throws: `Problem` 400 whose detail starts with the parameter at fault.
    init(_ httpRequest: Request, defaultLimit: Int = SearchParameters.defaultLimit) throws {
        let p = QueryParameters(httpRequest)
        text = p.value("q") ?? ""
        guard text.count <= SearchParameters.maximumQueryLength else {
            throw Problem(.badRequest, "q is \(text.count) characters; the limit is \(SearchParameters.maximumQueryLength)")
        }
        source = p.value("source")
        fromText = p.value("from")
        toText = p.value("to")
        entityText = p.value("entity")
        switch p.value("facets")?.lowercased() {
        case nil, "true", "1", "yes": facets = true
        case "false", "0", "no": facets = false
        case let other?: throw Problem(.badRequest, "facets must be true or false, got \(other)")
        }
        let order: SearchOrder
        switch p.value("sort").map({ $0.lowercased() }) {
        case nil: order = .news
        case let name?:
            guard let o = SearchOrder(rawValue: name) else {
                throw Problem(.badRequest, "sort must be one of \(SearchOrder.allCases.map(\.rawValue).joined(separator: ", ")), got \(name)")
            }
            order = o
        }
        sort = order
        self.request = SearchRequest(
            text, source: source, from: try p.day("from"), to: try p.day("to", endOfDay: true), category: p.value("category"),
            order: order,
            limit: try p.int("limit", default: defaultLimit, range: 1...SearchRequest.maximumLimit),
            offset: try p.int("offset", default: 0, range: 0...SearchParameters.maximumOffset))
        if let entityText { request.query.entity = entityText }
    }

    /// Whether there is nothing to search for.
    var isBlank: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }
}
