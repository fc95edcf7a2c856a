import ArgumentParser

struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the sentences and tokens of a text.")
    func run() async throws {}
}
