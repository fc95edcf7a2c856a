import Foundation
import Hummingbird
import HummingbirdTesting
import Ingest
import Server
import Storage
import Testing

/// `POST /api/v1/articles` against a fresh store each test, with real ANT records.
extension ServerSuites {
@Suite struct IngestRouteTests {
    static let token = "s3cret-token"

    func freshApp(token: String? = IngestRouteTests.token, maximumBodyBytes: Int = 8 << 20) throws -> some ApplicationProtocol {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-ingest-\(UUID().uuidString).db").path
        let store = try SQLiteStore(path: path)
        return Application(router: KhabarServer.router(
            store: store, options: ServerOptions(writeToken: token, maximumBodyBytes: maximumBodyBytes, logRequests: false)))
    }

    /// ANT records as JSON lines.
    static func antLines(_ n: Int, skip: Int = 0) throws -> [String] {
        let reader = try LineReader(path: shared.appendingPathComponent("data/ant/ant-v2.1.jsonl.gz").path)
        var lines: [String] = []
        while lines.count < n + skip, let l = try reader.nextString() { lines.append(l) }
        return Array(lines.dropFirst(skip))
    }

    static let bearer: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/x-ndjson"]

    @Test func writesAreOffWithoutAConfiguredToken() async throws {
        try await freshApp(token: nil).test(.router) { client in
            try await client.execute(uri: "/api/v1/articles", method: .post, headers: IngestRouteTests.bearer,
                                     body: ByteBuffer(string: try IngestRouteTests.antLines(1)[0])) { r in
                #expect(r.status == .forbidden)
                #expect(r.headers[.contentType] == "application/problem+json")
                let body = try json(r.body)
                #expect((body["detail"] as? String ?? "").contains("writes are off"))
            }
        }
    }

    @Test func missingOrWrongTokenIs401() async throws {
        try await freshApp().test(.router) { client in
            let body = ByteBuffer(string: try IngestRouteTests.antLines(1)[0])
            for auth in [nil, "Bearer wrong", "Bearer \(IngestRouteTests.token)x", "Basic \(IngestRouteTests.token)", "Bearer"] {
                var headers: HTTPFields = [.contentType: "application/x-ndjson"]
                if let auth { headers[.authorization] = auth }
                try await client.execute(uri: "/api/v1/articles", method: .post, headers: headers, body: body) { r in
                    #expect(r.status == .unauthorized, "\(auth ?? "none")")
                    #expect(r.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    #expect(r.headers[.contentType] == "application/problem+json")
                }
            }
            try await client.execute(uri: "/api/v1/health", method: .get) { r in let body = try json(r.body); #expect(body["articles"] as? Int == 0) }
        }
    }

    @Test func batchIsIngestedAndReportedItemByItem() async throws {
        try await freshApp().test(.router) { client in
            let lines = try IngestRouteTests.antLines(5)
            let batch = (lines + ["{not json", lines[0], #"{"url":"https://example.org/x","title":"بلا نص"}"#]).joined(separator: "\n")
            let ids = try await client.execute(uri: "/api/v1/articles", method: .post, headers: IngestRouteTests.bearer,
                                               body: ByteBuffer(string: batch)) { r -> [String] in
                #expect(r.status == .ok)
                let s = try json(r.body)
                #expect(s["read"] as? Int == 8)
                #expect(s["stored"] as? Int == 5)
                #expect(s["alreadyPresent"] as? Int == 1)
                #expect(s["failed"] as? Int == 2)
                let failures = s["failures"] as? [String] ?? []
                #expect(failures.contains { $0.hasPrefix("batch:6") && $0.contains("not a JSON object") })
                #expect(failures.contains { $0.hasPrefix("batch:8") && $0.contains("neither `text` nor `html`") })
                let items = s["items"] as? [[String: Any]] ?? []
                #expect(items.count == 8)
                #expect(items.filter { $0["outcome"] as? String == "failed" }.allSatisfy { $0["reason"] != nil && $0["id"] == nil })
                return s["ids"] as? [String] ?? []
            }
            #expect(ids.count == 6)
            try await client.execute(uri: "/api/v1/articles/\(ids[0])", method: .get) { r in
                #expect(r.status == .ok)
                let title = (try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])?["title"] as? String
                #expect(try json(r.body)["title"] as? String == title)
            }
            // The same batch again: everything readable is already present.
            try await client.execute(uri: "/api/v1/articles", method: .post, headers: IngestRouteTests.bearer,
                                     body: ByteBuffer(string: lines.joined(separator: "\n"))) { r in
                let body = try json(r.body)
                #expect(body["alreadyPresent"] as? Int == 5)
            }
        }
    }

    @Test func onePlainTextPageWithItsOutletFromTheQuery() async throws {
        let seed = try String(contentsOf: shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt"), encoding: .utf8)
        try await freshApp().test(.router) { client in
            let id = try await client.execute(
                uri: "/api/v1/articles?source=%D9%85%D8%B5%D8%AF%D8%B1%20%D8%AA%D8%AC%D8%B1%D9%8A%D8%A8%D9%8A", method: .post,
                headers: [.authorization: "Bearer \(IngestRouteTests.token)", .contentType: "text/plain; charset=utf-8"],
                body: ByteBuffer(string: seed)) { r -> String in
                #expect(r.status == .ok)
                let s = try json(r.body)
                #expect(s["stored"] as? Int == 1)
                return (s["ids"] as? [String])?.first ?? ""
            }
            try await client.execute(uri: "/api/v1/articles/\(id)", method: .get) { r in
                let body = try json(r.body)
                #expect(body["source"] as? String == "مصدر تجريبي")
            }
            let q = "اوتشاكوف".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/api/v1/search?q=\(q)", method: .get) { r in
                let body = try json(r.body)
                #expect(((body["hits"] as? [[String: Any]])?.first?["id"] as? String) == id)
            }
        }
    }

    @Test func htmlPageIsExtracted() async throws {
        let html = """
            <html><head><title>اجتماع وزراء الخارجية العرب في القاهرة</title></head><body><article>
            <h1>اجتماع وزراء الخارجية العرب في القاهرة</h1>
            <p>عقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة لبحث تطورات الأوضاع في المنطقة، وأصدروا بيانا ختاميا يدعو إلى وقف التصعيد.</p>
            <p>وقال الأمين العام للجامعة إن الاجتماع ناقش سبل دعم الاستقرار وتعزيز التعاون بين الدول الأعضاء في المرحلة المقبلة.</p>
            </article></body></html>
            """
        try await freshApp().test(.router) { client in
            try await client.execute(uri: "/api/v1/articles?url=https%3A%2F%2Fexample.org%2Fcairo", method: .post,
                                     headers: [.authorization: "Bearer \(IngestRouteTests.token)", .contentType: "text/html"],
                                     body: ByteBuffer(string: html)) { r in
                #expect(r.status == .ok)
                let body = try json(r.body)
                #expect(body["stored"] as? Int == 1)
            }
        }
    }

    @Test func badBodiesAreProblems() async throws {
        try await freshApp(maximumBodyBytes: 4_096).test(.router) { client in
            let auth = "Bearer \(IngestRouteTests.token)"
            try await client.execute(uri: "/api/v1/articles", method: .post,
                                     headers: [.authorization: auth, .contentType: "application/pdf"], body: ByteBuffer(string: "x")) { r in
                #expect(r.status == .unsupportedMediaType)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(uri: "/api/v1/articles", method: .post,
                                     headers: [.authorization: auth, .contentType: "text/plain"], body: ByteBuffer()) { r in
                #expect(r.status == .badRequest)
            }
            let big = try IngestRouteTests.antLines(20).joined(separator: "\n")
            #expect(big.utf8.count > 4_096)
            try await client.execute(uri: "/api/v1/articles", method: .post, headers: IngestRouteTests.bearer,
                                     body: ByteBuffer(string: big)) { r in
                #expect(r.status == .contentTooLarge)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(uri: "/api/v1/health", method: .get) { r in let body = try json(r.body); #expect(body["articles"] as? Int == 0) }
        }
    }
}
}
