/// `POST /api/v1/articles`.
extension OpenAPIDocument {
    static let ingestPaths: [String: JSONValue] = [
        "/api/v1/articles": ["post": [
            "operationId": "ingest",
            "summary": "Ingest one page or a JSON-lines batch through the same pipeline as `khabar ingest`.",
            "description": "A page is text/plain (paragraphs on lines) or text/html; a batch is JSON lines with url, title, text or html, source, published, category, author(s). A bad item is reported and the rest of the batch goes on.",
            "security": [["bearer": []]],
            "parameters": [
                query("url", "The page's address (for a single page).", string),
                query("source", "The page's outlet (for a single page).", string),
                query("title", "The page's title, when the page has none (for a single page).", string),
            ],
            "requestBody": ["required": true, "content": [
                "text/plain": ["schema": string, "example": "عنوان الخبر\n\nنص الخبر في فقرة أولى طويلة بما يكفي ليكون مقالًا.\n"],
                "text/html": ["schema": string,
                              "example": "<html><head><title>عنوان</title></head><body><article><p>نص الخبر.</p></article></body></html>"],
                "application/x-ndjson": ["schema": string,
                                         "example": "{\"url\":\"https://example.org/a\",\"title\":\"عنوان\",\"text\":\"نص الخبر.\",\"source\":\"مثال\"}\n"],
                "application/jsonl": ["schema": string,
                                      "example": "{\"url\":\"https://example.org/b\",\"title\":\"عنوان\",\"text\":\"نص خبر آخر.\"}\n"],
            ]],
            "responses": [
                "200": jsonResponse("What became of each item.", ref("IngestResponse")),
                "400": problem("The body is empty."),
                "401": problem("The Authorization header is missing or carries another token."),
                "403": problem("Writes are off: the server has no write token."),
                "413": problem("The body or the batch is beyond the server's limit."),
                "415": problem("The Content-Type is none of those listed."),
            ],
        ]],
    ]

    static let ingestSchemas: [String: JSONValue] = [
        "IngestItem": object([
            "origin": string,
            "outcome": ["type": "string", "enum": ["stored", "duplicate", "alreadyPresent", "failed"]],
            "id": string, "canonicalID": string, "reason": string,
        ], optional: ["id", "canonicalID", "reason"]),
        "IngestResponse": object([
            "read": integer, "stored": integer, "duplicates": integer, "alreadyPresent": integer, "failed": integer,
            "failures": array(string), "items": array(ref("IngestItem")), "ids": array(string),
        ]),
    ]
}
