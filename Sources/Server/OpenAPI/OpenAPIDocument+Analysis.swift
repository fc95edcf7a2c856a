/// Entities, quotes, stories and similar articles: `AnalysisRoutes`.
extension OpenAPIDocument {
    private static func pathID(_ description: String, example: JSONValue) -> JSONValue {
        ["name": "id", "in": "path", "required": true, "schema": string, "description": .string(description), "example": example]
    }
    private static let limit: JSONValue = ["type": "integer", "minimum": 1, "maximum": .number(Double(AnalysisRoutes.maximumLimit))]
    private static let day: JSONValue = ["type": "string", "format": "date"]
    private static let number: JSONValue = ["type": "number"]
    private static let time: JSONValue = ["type": "string", "format": "date-time"]
    private static let nullableTime: JSONValue = ["type": ["string", "null"], "format": "date-time"]

    static let analysisPaths: [String: JSONValue] = [
        "/api/v1/articles/{id}/similar": ["get": [
            "operationId": "similarArticles",
            "summary": "The most similar other articles, without the article's own duplicates, each with the shared terms behind its score.",
            "parameters": [pathID("The article's id.", example: "0000000000000000"),
                           query("limit", "Results wanted (default 10).", limit)],
            "responses": [
                "200": jsonResponse("Similar articles, most similar first.", array(ref("SimilarArticle"))),
                "400": problem("limit is out of range."),
                "404": problem("No article has this id."),
            ],
        ]],
        "/api/v1/stories": ["get": [
            "operationId": "stories", "summary": "Stories (one event across outlets), newest first.",
            "parameters": [
                query("from", "Stories active on or after this day.", day),
                query("to", "Stories active on or before this day.", day),
                query("source", "Only stories with an article of this outlet.", string),
                query("min_articles", "Smallest story size (default 2).", ["type": "integer", "minimum": 1]),
                query("limit", "Stories wanted (default 20).", limit),
            ],
            "responses": [
                "200": jsonResponse("The stories.", array(ref("StorySummary"))),
                "400": problem("A parameter is malformed; the detail names it."),
            ],
        ]],
        "/api/v1/stories/{id}": ["get": [
            "operationId": "story", "summary": "One story with its members and why each joined (score, shared terms).",
            "parameters": [pathID("The story's number.", example: "1")],
            "responses": [
                "200": jsonResponse("The story.", ref("StoryDetail")),
                "400": problem("The id is not a story number."),
                "404": problem("No story has this id."),
            ],
        ]],
        "/api/v1/entities": ["get": [
            "operationId": "entities", "summary": "Entities a name refers to, in any spelling (clitics, hamza, transliteration).",
            "parameters": [query("q", "The name.", string, example: "بوتين", required: true)],
            "responses": [
                "200": jsonResponse("Matching entities, most articles first.", array(ref("EntitySummary"))),
                "400": problem("q is missing or too long."),
            ],
        ]],
        "/api/v1/entities/{id}": ["get": [
            "operationId": "entity", "summary": "One entity: its variants, articles over time and co-occurring entities.",
            "parameters": [
                pathID("The entity's id (KIND:key).", example: "PERS:btn"),
                query("by", "Timeline period.", ["type": "string", "enum": ["day", "month"]]),
                query("limit", "Latest articles and co-occurring entities wanted (default 20).", limit),
            ],
            "responses": [
                "200": jsonResponse("The entity.", ref("EntityDetail")),
                "400": problem("A parameter is malformed; the detail names it."),
                "404": problem("No entity has this id."),
            ],
        ]],
        "/api/v1/quotes": ["get": [
            "operationId": "quotesBySpeaker", "summary": "Quotes of a speaker across the store, newest first.",
            "parameters": [
                query("speaker", "The speaker's name, in any spelling; titles such as الرئيس are ignored.", string,
                      example: "أوتشاكوف", required: true),
                query("from", "Articles published on or after this day.", day),
                query("to", "Articles published on or before this day.", day),
                query("limit", "Quotes wanted (default 20).", limit),
                query("offset", "Quotes to skip.", ["type": "integer", "minimum": 0]),
            ],
            "responses": [
                "200": jsonResponse("The quotes and their total.", ref("QuotePage")),
                "400": problem("speaker is missing or holds only titles, or a parameter is malformed."),
            ],
        ]],
    ]

    static let analysisSchemas: [String: JSONValue] = [
        "ArticleDetail": ["allOf": [ref("Article"), object([
            "entities": array(["type": "object"]), "quotes": array(["type": "object"]),
            "duplicates": array(["type": "object"]), "story": ref("StorySummary"),
        ], optional: ["entities", "quotes", "story"])]],
        "SimilarArticle": object([
            "id": string, "title": string, "source": nullableString, "url": nullableString, "published": nullableTime,
            "score": number, "sharedTerms": array(string), "alsoIDs": array(string),
        ], optional: ["source", "url", "published"]),
        "StorySummary": object([
            "id": integer, "label": string, "sources": array(string), "first": time, "last": time, "articleCount": integer,
        ]),
        "StoryDetail": object(["summary": ref("StorySummary"), "members": array(["type": "object"])]),
        "EntitySummary": object(["entity": ["type": "object"], "articles": integer, "mentions": integer],
                                description: "An entity (id KIND:key, kind, name, key) with its article and mention counts."),
        "EntityDetail": ["type": "object", "description": "An entity with variants, timeline, latest articles and co-occurring entities."],
        "QuotePage": object(["total": integer, "quotes": array(["type": "object"])]),
    ]
}
