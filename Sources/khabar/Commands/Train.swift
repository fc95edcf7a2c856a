import ArgumentParser

/// `khabar train MODEL`: trains Khabar's statistical models.
struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train Khabar's models.", subcommands: [TrainNER.self])
}
