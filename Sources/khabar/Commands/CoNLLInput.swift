import Analysis
import ArgumentParser
import Foundation

/// Reads CoNLL sentences from a path or stdin (`-`), mapping failures to Khabar's exit codes
/// (66 missing file, 65 invalid UTF-8 or an unreadable line) through `TextInput`.
enum CoNLLInput {
    static func read(_ path: String) throws -> [TaggedSentence] {
        let text = try TextInput.utf8Text(path)
        do {
            return try CoNLL.parse(text)
        } catch {
            printError("\(path): \(error)")
            throw KhabarExit.badInput
        }
    }
}

/// A failure reported on stderr with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes `khabar: message` to standard error.
func printError(_ message: String) {
    stderrLine("khabar: " + message)
}

/// Number formatting for summary lines.
enum Fmt {
    static func f3(_ v: Double) -> String { String(format: "%.3f", v) }
    static func f1(_ v: Double) -> String { String(format: "%.1f", v) }
    static func int(_ v: Double) -> String { String(Int(v.rounded())) }
}
