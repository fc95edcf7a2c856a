import ArgumentParser

struct EvalStemming: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stemming", abstract: "Stemmer agreement with reference stemmers.")
    func run() async throws { throw ValidationError("not built yet") }
}
