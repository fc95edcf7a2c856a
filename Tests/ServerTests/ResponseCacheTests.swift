import Foundation
import Testing
@testable import Server

/// The response cache on its own: expiry, invalidation, the byte budget.
@Suite struct ResponseCacheTests {
    let body = Array("{\"hits\":[\"بوتين\"]}".utf8)

    @Test func servesUntilItsTimeToLiveThenForgets() {
        let cache = ResponseCache(maxBytes: 1 << 20, ttl: .seconds(30))
        let t0 = ContinuousClock.now
        #expect(cache.value(for: "/api/v1/search?q=بوتين", now: t0) == nil)
        cache.store(body, contentType: "application/json", for: "/api/v1/search?q=بوتين", now: t0)
        #expect(cache.value(for: "/api/v1/search?q=بوتين", now: t0 + .seconds(29))?.body == body)
        #expect(cache.value(for: "/api/v1/search?q=روسيا", now: t0 + .seconds(1)) == nil)
        #expect(cache.value(for: "/api/v1/search?q=بوتين", now: t0 + .seconds(30)) == nil)
        let s = cache.statistics
        #expect((s.entries, s.bytes, s.hits, s.misses) == (0, 0, 1, 3))
    }

    @Test func invalidationDropsEverything() {
        let cache = ResponseCache()
        for i in 0..<10 { cache.store(body, contentType: "application/json", for: "k\(i)") }
        #expect(cache.statistics.entries == 10)
        cache.invalidate()
        #expect(cache.statistics.entries == 0 && cache.statistics.bytes == 0)
        #expect(cache.value(for: "k3") == nil)
    }

    @Test func theBudgetKeepsTheRecentlyUsedAndRefusesHugeBodies() {
        let cache = ResponseCache(maxBytes: 8_000, ttl: .seconds(60))
        let kb = [UInt8](repeating: 65, count: 1_000)
        for i in 0..<8 { cache.store(kb, contentType: "text/plain", for: "k\(i)") }
        #expect(cache.value(for: "k0") != nil)  // k0 is now the most recently used
        cache.store(kb, contentType: "text/plain", for: "k8")  // 9 KB > 8 KB: evict down to 6 KB
        let s = cache.statistics
        #expect(s.bytes <= 6_000 && s.entries == s.bytes / 1_000)
        #expect(cache.value(for: "k0") != nil && cache.value(for: "k8") != nil)
        #expect(cache.value(for: "k1") == nil, "the least recently used went first")
        cache.store([UInt8](repeating: 66, count: 1_001), contentType: "text/plain", for: "huge")  // > maxBytes / 8
        #expect(cache.value(for: "huge") == nil)
        #expect(ResponseCache(ttl: .zero).isEnabled == false)
    }
}
