import ArgumentParser

/// The `khabar` command: Khabar's command line. Each subcommand lives in `Commands/`.
@main
struct Khabar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Khabar (خبر): an Arabic news engine — clean articles, Arabic-aware search, duplicates, entities, quotes.",
        version: "0.1.0",
        subcommands: [
            Demo.self,
            Analyze.self,
            Extract.self,
            IngestCommand.self,
            SearchCommand.self,
            Show.self,
            DuplicatesCommand.self,
            EntitiesCommand.self,
            EntityCommand.self,
            StoriesCommand.self,
            SimilarCommand.self,
            Serve.self,
            QuotesCommand.self,
            LexiconCommand.self,
            Train.self,
            Eval.self,
            Bench.self,
        ]
    )
}
