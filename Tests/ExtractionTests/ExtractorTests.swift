import Testing
@testable import Extraction

@Test func extractorExists() {
    _ = Extractor()
}
