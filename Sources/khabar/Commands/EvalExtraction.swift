import ArgumentParser

struct EvalExtraction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extraction", abstract: "Main-text extraction against gold snippets.")
    func run() async throws { throw ValidationError("not built yet") }
}
