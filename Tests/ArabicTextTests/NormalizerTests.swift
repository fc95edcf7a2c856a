import Testing
@testable import ArabicText
@Test func placeholder() { #expect(Normalizer.search("أ") == "ا") }
