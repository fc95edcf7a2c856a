import ArgumentParser

/// `khabar eval TASK`: scores Khabar against gold files. Each task ends with one summary line
/// of `key=value` pairs, headline metric first (DESIGN.md).
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score Khabar against gold files; ends with one key=value summary line.",
        subcommands: [EvalStemming.self, EvalExtraction.self, EvalNER.self, EvalSearch.self, EvalDuplicates.self, EvalQuotes.self, EvalStories.self]
    )
}
