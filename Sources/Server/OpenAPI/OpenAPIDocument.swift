import Foundation

/// The OpenAPI 3.1 document of the JSON API, served at `/api/v1/openapi.json` and kept by
/// hand. Each feature keeps its paths and schemas in its own group (`OpenAPIDocument+Core`,
/// …); a new route adds its group to `pathGroups` / `schemaGroups`. `OpenAPITests` checks the
/// document against the router both ways.
public enum OpenAPIDocument {
    /// Path groups, one per feature.
    static let pathGroups: [[String: JSONValue]] = [corePaths, ingestPaths, analysisPaths]
    /// Schema groups, one per feature.
    static let schemaGroups: [[String: JSONValue]] = [coreSchemas, ingestSchemas, analysisSchemas]

    /// The whole document.
    public static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "Khabar API",
            "version": "1.0.0",
            "summary": "Arabic news search: ranked results with marked snippets, articles, outlets, ingestion.",
            "description": "Errors are RFC 9457 problems (application/problem+json). Requests are limited in body size, query length and page size.",
        ],
        "paths": JSONValue.merging(pathGroups),
        "components": [
            "schemas": JSONValue.merging(schemaGroups),
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer",
                                           "description": "The server's write token ($KHABAR_TOKEN or --token-file)."]],
        ],
    ]

    /// The document as JSON bytes (sorted keys).
    static let json: Data = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? e.encode(document)) ?? Data("{}".utf8)
    }()

    // MARK: - Building blocks

    /// `{"$ref": "#/components/schemas/NAME"}`.
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    /// A response with a JSON body of schema `schema`.
    static func jsonResponse(_ description: String, _ schema: JSONValue) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": schema]]]
    }

    /// A problem response.
    static func problem(_ description: String) -> JSONValue {
        ["description": .string(description), "content": ["application/problem+json": ["schema": ref("Problem")]]]
    }

    /// A query parameter.
    static func query(_ name: String, _ description: String, _ schema: JSONValue, example: JSONValue? = nil,
                      required: Bool = false) -> JSONValue {
        var p: [String: JSONValue] = ["name": .string(name), "in": "query", "description": .string(description),
                                      "schema": schema, "required": .bool(required)]
        if let example { p["example"] = example }
        return .object(p)
    }

    /// An object schema; every listed property is required unless in `optional`.
    static func object(_ properties: [String: JSONValue], optional: Set<String> = [], description: String? = nil) -> JSONValue {
        var o: [String: JSONValue] = [
            "type": "object", "properties": .object(properties),
            "required": .array(properties.keys.filter { !optional.contains($0) }.sorted().map(JSONValue.string)),
        ]
        if let description { o["description"] = .string(description) }
        return .object(o)
    }

    static let string: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": ["string", "null"]]
    static let integer: JSONValue = ["type": "integer"]
    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
}
