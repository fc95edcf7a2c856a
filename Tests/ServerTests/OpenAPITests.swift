import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Storage
import Testing

/// The hand-kept OpenAPI document against the router, both ways, over the filled store.
extension ServerSuites {
@Suite struct OpenAPITests {
    static let token = "openapi-test-token"
    static let methods: [String: HTTPRequest.Method] = ["get": .get, "post": .post, "put": .put, "delete": .delete, "patch": .patch]

    func served() async throws -> [String: Any] {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
                return try json(r.body)
            }
        }
    }

    @Test func documentIsWellFormedOpenAPI31() async throws {
        let doc = try await served()
        #expect((doc["openapi"] as? String)?.hasPrefix("3.1") == true)
        let info = doc["info"] as? [String: Any] ?? [:]
        #expect(info["title"] is String && info["version"] is String)
        let schemas = ((doc["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
        var operationIDs: Set<String> = []
        // Every $ref resolves to a schema of the document.
        func walk(_ v: Any, at path: String) {
            if let o = v as? [String: Any] {
                if let ref = o["$ref"] as? String {
                    let name = ref.replacingOccurrences(of: "#/components/schemas/", with: "")
                    #expect(ref.hasPrefix("#/components/schemas/") && schemas[name] != nil, "\(path): \(ref)")
                }
                for (k, c) in o { walk(c, at: path + "/" + k) }
            } else if let a = v as? [Any] {
                for (i, c) in a.enumerated() { walk(c, at: path + "/\(i)") }
            }
        }
        walk(doc, at: "#")
        for (path, item) in doc["paths"] as? [String: [String: Any]] ?? [:] {
            #expect(path.hasPrefix("/"), "\(path)")
            for (method, op) in item {
                let op = op as? [String: Any] ?? [:]
                #expect(OpenAPITests.methods[method] != nil, "\(method) \(path)")
                if let id = op["operationId"] as? String { #expect(operationIDs.insert(id).inserted, "duplicate operationId \(id)") }
                let responses = op["responses"] as? [String: Any] ?? [:]
                #expect(!responses.isEmpty, "\(method) \(path) documents no response")
                for (status, r) in responses {
                    #expect(Int(status) != nil, "\(method) \(path) \(status)")
                    #expect((r as? [String: Any])?["description"] is String, "\(method) \(path) \(status)")
                }
                // Every {name} of the path is a documented path parameter.
                let params = (op["parameters"] as? [[String: Any]] ?? []).filter { $0["in"] as? String == "path" }.compactMap { $0["name"] as? String }
                for name in OpenAPITests.pathParameters(path) { #expect(params.contains(name), "\(method) \(path): {\(name)}") }
            }
        }
    }

    static func pathParameters(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    @Test func everyAPIRouteIsDocumented() async throws {
        let doc = try await served()
        let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
        let router = KhabarServer.router(store: try await filledStore.value, options: ServerOptions(logRequests: false))
        let apiRoutes = router.routes.filter { $0.path.description.hasPrefix("/api/") }
        #expect(apiRoutes.count >= 6)
        for route in apiRoutes {
            let method = route.method.rawValue.lowercased()
            #expect(paths[route.path.description]?[method] != nil, "undocumented route \(route)")
        }
    }

    /// Calls every documented operation with its documented examples (and the write token when
    /// it needs one) and checks that the answer's status and content type are documented.
    @Test func everyDocumentedOperationAnswersAsDocumented() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-openapi-\(UUID().uuidString).db").path
        let app = Application(router: KhabarServer.router(
            store: try SQLiteStore(path: path), options: ServerOptions(writeToken: OpenAPITests.token, logRequests: false)))
        try await app.test(.router) { client in
            let doc = try await client.execute(uri: "/api/v1/openapi.json", method: .get) { r in try json(r.body) }
            let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
            for (template, item) in paths {
                for (methodName, op) in item {
                    let op = op as? [String: Any] ?? [:]
                    let method = try #require(OpenAPITests.methods[methodName])
                    let parameters = op["parameters"] as? [[String: Any]] ?? []
                    var uri = template
                    var query: [String] = []
                    for p in parameters {
                        guard let name = p["name"] as? String else { continue }
                        let example = p["example"].map { "\($0)" }
                        if p["in"] as? String == "path" {
                            uri = uri.replacingOccurrences(of: "{\(name)}", with: example ?? "x")
                        } else if let example, p["required"] as? Bool == true || p["example"] != nil {
                            query.append("\(name)=\(example.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
                        }
                    }
                    if !query.isEmpty { uri += "?" + query.joined(separator: "&") }
                    let responses = op["responses"] as? [String: [String: Any]] ?? [:]
                    var bodies: [(String?, String?)] = [(nil, nil)]
                    if let content = (op["requestBody"] as? [String: Any])?["content"] as? [String: [String: Any]] {
                        bodies = content.map { ($0.key, $0.value["example"] as? String) }
                    }
                    for (mediaType, example) in bodies {
                        var headers: HTTPFields = [:]
                        if let mediaType { headers[.contentType] = mediaType }
                        if op["security"] != nil { headers[.authorization] = "Bearer \(OpenAPITests.token)" }
                        try await client.execute(uri: uri, method: method, headers: headers,
                                                 body: example.map { ByteBuffer(string: $0) }) { r in
                            let documented = responses["\(r.status.code)"]
                            #expect(documented != nil, "\(methodName) \(uri) \(mediaType ?? ""): undocumented status \(r.status.code)")
                            let type = r.headers[.contentType]?.split(separator: ";").first.map(String.init) ?? ""
                            let types = (documented?["content"] as? [String: Any])?.keys.map { $0 } ?? []
                            #expect(types.contains(type), "\(methodName) \(uri): \(r.status.code) answered \(type), documented \(types)")
                        }
                    }
                }
            }
        }
    }
}
}
