import Foundation
import Hummingbird
import HummingbirdTesting
import Ingest
import NewsModel
import Server
import Storage
import Testing
import ArabicText

let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared").standardized

/// One store for all route tests: the seed page, 150 ANT articles, and a hostile article.
/// Built once, asynchronously (blocking a test thread on it would starve the task pool).
let filledStore = Task<SQLiteStore, any Error> {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-server-\(UUID().uuidString).db").path
    let store = try! SQLiteStore(path: path)
    let sample = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-server-\(UUID().uuidString).jsonl")
    let reader = try! LineReader(path: shared.appendingPathComponent("data/ant/ant-v2.1.jsonl.gz").path)
    var lines: [String] = []
    while lines.count < 150, let l = try! reader.nextString() { lines.append(l) }
    let hostile: [String: String] = [
        "url": "https://example.org/hostile", "source": "Test<script>", "title": "عنوان <script>alert(1)</script> \u{202E}مقلوب",
        "text": "نص فيه <img src=x onerror=alert(1)> وكلمة اختبارية فريدة.",
    ]
    lines.append(String(decoding: try! JSONSerialization.data(withJSONObject: hostile), as: UTF8.self))
    try! lines.joined(separator: "\n").write(to: sample, atomically: true, encoding: .utf8)
    _ = try await IngestPipeline(store: store).run(
        try InputWalker(paths: [shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt").path, sample.path]))
    return store
}

func app() async throws -> some ApplicationProtocol {
    Application(router: KhabarServer.router(store: try await filledStore.value, logRequests: false))
}

func json(_ b: ByteBuffer) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(String(buffer: b).utf8)) as! [String: Any]
}

extension ServerSuites {
@Suite struct APIRouteTests {
    @Test func health() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/health", method: .get) { r in
                let body = try json(r.body)
                #expect(r.status == .ok)
                #expect(body["articles"] as? Int == 152)
            }
        }
    }

    @Test func searchFindsCliticFormsAndMarksThem() async throws {
        try await app().test(.router) { client in
            let q = "ببوتين".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            try await client.execute(uri: "/api/v1/search?q=\(q)&limit=5", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = try json(r.body)
                let hits = body["hits"] as! [[String: Any]]
                #expect(!hits.isEmpty)
                #expect((body["total"] as? Int ?? 0) >= hits.count)
                for key in ["id", "url", "title", "source", "published", "score", "snippet", "snippetHTML"] {
                    #expect(hits[0].keys.contains(key), "\(key)")
                }
                #expect(hits.contains { ($0["snippetHTML"] as! String).contains("<mark>") })
            }
        }
    }

    @Test func badParametersAreProblems() async throws {
        try await app().test(.router) { client in
            for uri in ["/api/v1/search?q=x&limit=1000", "/api/v1/search", "/api/v1/search?q=x&from=yesterday",
                        "/api/v1/search?q=" + String(repeating: "a", count: 2500), "/api/v1/search?q=-x"] {
                try await client.execute(uri: uri, method: .get) { r in
                    #expect(r.status == .badRequest, "\(uri)")
                    #expect(r.headers[.contentType] == "application/problem+json")
                    let p = try json(r.body)
                    #expect(p["status"] as? Int == 400)
                    #expect(!(p["detail"] as? String ?? "").isEmpty)
                }
            }
            try await client.execute(uri: "/api/v1/articles/nope", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func hostileQueriesAnswer() async throws {
        try await app().test(.router) { client in
            for q in ["NEAR(a", "\"unbalanced", "*", "AND OR NOT", "'; DROP TABLE articles; --"] {
                let e = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                try await client.execute(uri: "/api/v1/search?q=\(e)", method: .get) { r in
                    #expect(r.status == .ok || r.status == .badRequest, "\(q)")
                }
            }
        }
    }

    @Test func articleAndSources() async throws {
        try await app().test(.router) { client in
            let id = try await client.execute(uri: "/api/v1/search?q=%D8%A7%D9%88%D8%AA%D8%B4%D8%A7%D9%83%D9%88%D9%81", method: .get) { r in
                ((try json(r.body)["hits"] as! [[String: Any]])[0]["id"] as! String)
            }
            try await client.execute(uri: "/api/v1/articles/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let a = try json(r.body)
                #expect(a["source"] as? String == "السومرية العراقية")
                #expect((a["related"] as? [Any])?.count == 10)
            }
            try await client.execute(uri: "/api/v1/sources", method: .get) { r in
                let list = try JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8)) as! [[String: Any]]
                #expect(list.contains { $0["source"] as? String == "السومرية العراقية" })
            }
        }
    }
}
}

extension ServerSuites {
@Suite struct WebRouteTests {
    @Test func pagesAreArabicRightToLeft() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { r in
                let html = String(buffer: r.body)
                #expect(r.status == .ok)
                #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
                #expect(html.contains("السومرية العراقية"))
            }
            let q = "أمريكا".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/search?q=\(q)", method: .get) { r in
                let html = String(buffer: r.body)
                #expect(html.contains("<mark>"))
                #expect(html.contains("class=\"result\""))
            }
        }
    }

    @Test func everythingFromUsersAndArticlesIsEscaped() async throws {
        try await app().test(.router) { client in
            let q = "<script>alert(1)</script> اختبارية".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/search?q=\(q)", method: .get) { r in
                let html = String(buffer: r.body)
                #expect(!html.contains("<script>"))
                #expect(html.contains("&lt;script&gt;"))
            }
            let id = try await client.execute(uri: "/api/v1/search?q=%D8%A7%D8%AE%D8%AA%D8%A8%D8%A7%D8%B1%D9%8A%D8%A9", method: .get) { r in
                ((try json(r.body)["hits"] as! [[String: Any]])[0]["id"] as! String)
            }
            try await client.execute(uri: "/articles/\(id)", method: .get) { r in
                let html = String(buffer: r.body)
                #expect(!html.contains("<script>"))
                #expect(!html.contains("<img"))
                #expect(!html.unicodeScalars.contains("\u{202E}"))
                #expect(html.contains("[U+202E]") || !html.contains("مقلوب"))
            }
        }
    }
}
}

/// Every server suite runs inside this one, one test at a time: they share `filledStore` and
/// run ingest pipelines, and in parallel they starved the 2-core test machine's thread pool.
@Suite(.serialized) enum ServerSuites {}
