import ArgumentParser

struct Lexicon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the stem lexicon.")
    func run() async throws {}
}
