import Storage

/// Search, articles, outlets, health and the document itself.
extension OpenAPIDocument {
    static let corePaths: [String: JSONValue] = [
        "/api/v1/health": ["get": [
            "operationId": "health", "summary": "Whether the server and its store answer, with the article count.",
            "responses": ["200": jsonResponse("The server is up.", ref("Health"))],
        ]],
        "/api/v1/search": ["get": [
            "operationId": "search",
            "summary": "Ranked results for a query, with marked snippets, the total count and facets by outlet and day.",
            "description": "The query language: words (every one must match, in any related form), \"phrases\", -exclusions, a OR b, prefix*, and filters source:, category:, entity:, from:, to:.",
            "parameters": [
                query("q", "The query (at most \(SearchParameters.maximumQueryLength) characters). Without words, the filters alone list the latest articles they keep, newest first.", string, example: "بوتين"),
                query("source", "Only this outlet (exact name or part of it).", string),
                query("category", "Only this category.", string),
                query("entity", "Only articles mentioning this entity (the query's entity filter).", string),
                query("from", "Published on or after this UTC day (YYYY-MM-DD, YYYY-MM or YYYY).", string, example: "2018-01-01"),
                query("to", "Published on or before this UTC day (YYYY-MM-DD, YYYY-MM or YYYY).", string),
                query("sort", "Order: news (text relevance lifted for fresh articles), relevance (text alone), newest.",
                      ["type": "string", "enum": JSONValue.array(SearchOrder.allCases.map { JSONValue.string($0.rawValue) }), "default": "news"]),
                query("limit", "Results per page.", ["type": "integer", "minimum": 1, "maximum": 100, "default": 10]),
                query("offset", "Results to skip.", ["type": "integer", "minimum": 0, "maximum": .number(Double(SearchParameters.maximumOffset)), "default": 0]),
                query("facets", "Whether to count the matches by outlet and day.", ["type": "boolean", "default": true]),
            ],
            "responses": [
                "200": jsonResponse("One page of results.", ref("SearchResponse")),
                "400": problem("A parameter is missing, malformed or beyond its limit, or the query has nothing to look for."),
            ],
        ]],
        "/api/v1/articles/{id}": ["get": [
            "operationId": "article", "summary": "One stored article.",
            "parameters": [["name": "id", "in": "path", "required": true, "schema": string,
                            "description": "The article's id, as search results give it.", "example": "0000000000000000"]],
            "responses": [
                "200": jsonResponse("The article with its entities, quotes, duplicates and story.", ref("ArticleDetail")),
                "404": problem("No article has this id."),
            ],
        ]],
        "/api/v1/sources": ["get": [
            "operationId": "sources", "summary": "Outlets with their article counts, most articles first.",
            "responses": ["200": jsonResponse("The outlets.", array(ref("SourceCount")))],
        ]],
        "/api/v1/openapi.json": ["get": [
            "operationId": "openapi", "summary": "This document.",
            "responses": ["200": jsonResponse("The OpenAPI 3.1 document.", ["type": "object"])],
        ]],
    ]

    static let coreSchemas: [String: JSONValue] = [
        "Problem": object([
            "type": string, "title": string, "status": integer, "detail": string,
        ], description: "An RFC 9457 problem: what went wrong and what to do."),
        "Health": object(["status": string, "articles": integer]),
        "Span": object(["start": integer, "end": integer],
                       description: "Half-open Unicode scalar offsets into a text."),
        "MarkedText": object(["text": string, "spans": array(ref("Span"))]),
        "SearchHit": object([
            "id": string, "url": nullableString, "title": string, "source": nullableString,
            "published": ["type": ["string", "null"], "format": "date-time"], "score": ["type": "number"],
            "snippet": ref("MarkedText"), "titleSpans": array(ref("Span")),
            "snippetHTML": ["type": "string", "description": "The snippet as escaped HTML with the matched words in <mark>."],
        ]),
        "Bucket": object(["value": string, "count": integer]),
        "SearchFacets": object([
            "total": integer, "sources": array(ref("Bucket")),
            "days": ["type": "array", "items": ref("Bucket"), "description": "UTC days (YYYY-MM-DD), latest first."],
        ]),
        "SearchResponse": object([
            "query": string, "total": ["type": ["integer", "null"]], "limit": integer, "offset": integer,
            "hits": array(ref("SearchHit")), "warnings": array(string), "facets": ref("SearchFacets"),
        ], optional: ["facets"]),
        "Teaser": object(["title": string, "url": nullableString, "text": nullableString], optional: ["url", "text"]),
        "Article": object([
            "id": string, "url": nullableString, "canonicalURL": nullableString, "source": nullableString,
            "title": string, "titleInferred": ["type": "boolean"], "lead": nullableString, "paragraphs": array(string),
            "body": string, "published": ["type": ["string", "null"], "format": "date-time"],
            "publishedOrigin": nullableString, "authors": array(string), "language": nullableString,
            "readAlso": array(ref("Teaser")), "related": array(ref("Teaser")), "category": nullableString,
            "warnings": array(string),
        ]),
        "SourceCount": object(["source": string, "articles": integer]),
    ]
}
