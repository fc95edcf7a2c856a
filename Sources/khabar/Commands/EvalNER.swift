import ArgumentParser

struct EvalNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Named-entity tagging against CoNLL gold.")
    func run() async throws { throw ValidationError("not built yet") }
}
