import Analysis
import ArgumentParser
import Foundation

/// Reads CoNLL sentences from a path or stdin (`-`), mapping failures to Khabar's exit codes.
enum CoNLLInput {
    static func read(_ path: String) throws -> [TaggedSentence] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                printError("no such file: \(path)")
                throw KhabarExit.missingFile
            }
            guard let d = FileManager.default.contents(atPath: path) else {
                printError("cannot read \(path)")
                throw KhabarExit.missingFile
            }
            data = d
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("\(path): \(EntityTaggerError.notUTF8)")
            throw KhabarExit.badInput
        }
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

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("khabar: " + message + "\n").utf8))
}

/// Number formatting for summary lines.
enum Fmt {
    static func f3(_ v: Double) -> String { String(format: "%.3f", v) }
    static func f1(_ v: Double) -> String { String(format: "%.1f", v) }
    static func int(_ v: Double) -> String { String(Int(v.rounded())) }
}
