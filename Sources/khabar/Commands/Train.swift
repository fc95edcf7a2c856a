import ArgumentParser

/// `khabar train MODEL`: trains Khabar's statistical models.
struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train Khabar's models.", subcommands: [TrainNER.self])
}

struct TrainNER: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Train the entity tagger.")
    func run() async throws { throw ValidationError("not built yet") }
}
