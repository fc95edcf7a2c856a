import ArgumentParser

/// `khabar bench TASK`: speed benchmarks. Each ends with one summary line of `key=value`
/// pairs, headline figure first (DESIGN.md). Build with `-c release` before measuring.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Speed benchmarks (release build); each ends with one key=value summary line.",
        subcommands: [BenchAnalyze.self, BenchSearch.self, BenchBuildStore.self, BenchIndex.self, BenchDuplicates.self, BenchNER.self]
    )
}
