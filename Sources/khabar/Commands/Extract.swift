import ArgumentParser

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Turn a raw page into a clean article.")
    func run() async throws { throw ValidationError("not built yet") }
}
