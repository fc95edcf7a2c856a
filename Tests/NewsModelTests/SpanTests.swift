import Testing
import NewsModel
@Test func spanRange() { #expect(Span(3..<5).length == 2) }
