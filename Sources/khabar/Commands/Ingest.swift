import ArgumentParser
import Foundation
import Ingest
import Storage

/// `khabar ingest PATH…`: pages and records into the store.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract, analyse and store pages: text and HTML files, folders, JSON lines (gzip'ed or not).",
        discussion: """
            JSON lines carry url, title, text or html, source, published, category (other fields are kept). \
            The same page ingested twice is one article. A page that fails is reported with its reason \
            and the rest goes on. Progress goes to stderr on a terminal; the summary is printed at the end.
            """
    )

    @Argument(help: "Files or folders to ingest; '-' reads JSON lines from stdin.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Records per batch (one write transaction each).")
    var batchSize = 256

    @Option(help: "Parallel extraction and analysis workers (default: all cores).")
    var workers: Int?

    @Flag(name: .customLong("no-quotes"), help: "Do not extract and store quotes (faster; `khabar quotes ID` then lists none).")
    var noQuotes = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Print to stderr the CPU seconds spent per phase (workers: prepare.*, the writer: write.*).")
    var profile = false

    func run() async throws {
        let walker: InputWalker
        do { walker = try InputWalker(paths: paths) } catch let f as IngestFailure {
            stderrLine("khabar: \(f.origin): \(f.reason)")
            throw KhabarExit.missingFile
        }
        PhaseTimes.enabled = profile
        let db = try store.open()
        var options = IngestPipeline.Options()
        options.batchSize = max(1, batchSize)
        if let workers { options.workers = max(1, workers) }
        options.quotes = !noQuotes
        let progress = ProgressLine(enabled: stderrIsTerminal)
        let summary = try await IngestPipeline(store: db, options: options).run(walker) { s in
            progress.update(s)
        }
        progress.finish()
        if profile {
            let phases = PhaseTimes.snapshot().map { String(format: "%@=%.2f", $0.name, $0.seconds) }
            stderrLine("cpu_seconds: " + phases.joined(separator: " "))
        }
        if json {
            print(String(decoding: try JSONEncoder.khabar.encode(summary), as: UTF8.self))
        } else {
            for f in summary.failures { print("failed: \(f)") }
            if summary.failed > summary.failures.count { print("failed: … and \(summary.failed - summary.failures.count) more") }
            print(String(format: "read=%d new=%d duplicates=%d already_present=%d failed=%d seconds=%.1f items_per_s=%.0f",
                          summary.read, summary.stored, summary.duplicates, summary.alreadyPresent, summary.failed,
                          summary.seconds, summary.itemsPerSecond))
        }
        if summary.read > 0 && summary.failed == summary.read { throw KhabarExit.badInput }
    }
}

/// A progress line on stderr (count, rate, ETA), redrawn in place; silent when not a terminal.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ s: IngestSummary) {
        guard enabled else { return }
        var line = String(format: "\r%d read, %d new, %d failed — %.0f/s", s.read, s.stored, s.failed, s.itemsPerSecond)
        if s.totalBytes > 0 && s.bytesRead > 0 {
            let done = min(1, Double(s.bytesRead) / Double(s.totalBytes))
            let eta = done > 0 ? s.seconds * (1 - done) / done : 0
            line += String(format: " — %3.0f%% — ETA %.0fs", done * 100, eta)
        }
        FileHandle.standardError.write(Data((line + "   ").utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
