import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The web reader's story and entity pages and the article page's panels, on the seed page and
/// 150 ANT articles.
extension ServerSuites {
@Suite struct AnalysisPageTests {
    func page(_ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { r in (r.status, String(buffer: r.body)) }
        }
    }

    @Test func articlePageLinksEntitiesAndListsQuotes() async throws {
        let id = try await AnalysisRouteTests.seedID.value
        let (status, html) = try await page("/articles/\(id)")
        #expect(status == .ok)
        #expect(html.contains("dir=\"rtl\""))
        #expect(html.contains("class=\"entity pers\" href=\"/entities/PERS:"))
        #expect(html.contains("من قال ماذا"))
        #expect(html.contains("أوتشاكوف"))
    }

    @Test func entityPageShowsVariantsAndArticles() async throws {
        let id = try await AnalysisRouteTests.seedID.value
        let (_, article) = try await page("/articles/\(id)")
        let link = try #require(article.range(of: "href=\"/entities/PERS:")).upperBound
        let rest = article[link...]
        let entityPath = "/entities/PERS:" + rest[..<rest.firstIndex(of: "\"")!]
        let (status, html) = try await page(entityPath)
        #expect(status == .ok, "\(entityPath)")
        #expect(html.contains("الصيغ"))
        #expect(html.contains("href=\"/articles/\(id)\""))
        let (missing, _) = try await page("/entities/NOPE:none")
        #expect(missing == .notFound)
    }

    @Test func homeListsStoriesAndStoryPageListsMembers() async throws {
        let (status, home) = try await page("/")
        #expect(status == .ok)
        if let r = home.range(of: "href=\"/stories/") {
            let rest = home[r.upperBound...]
            let storyID = String(rest[..<rest.firstIndex(of: "\"")!])
            let (s2, story) = try await page("/stories/\(storyID)")
            #expect(s2 == .ok)
            #expect(story.components(separatedBy: "href=\"/articles/").count >= 3, "a listed story has at least two members")
        }
        let (missing, _) = try await page("/stories/999999999")
        #expect(missing == .notFound)
    }
}
}
