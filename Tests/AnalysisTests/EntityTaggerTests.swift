import Testing
@testable import Analysis
@Test func taggerExists() { _ = EntityTagger() }
