import ArgumentParser
import Foundation

/// `--token-file`: the bearer token that `POST /api/v1/articles` requires (else `$KHABAR_TOKEN`);
/// without either, the server's writes are off.
struct WriteTokenOptions: ParsableArguments {
    @Option(help: "A file holding the write token for POST /api/v1/articles (else $KHABAR_TOKEN; without either, writes are off).")
    var tokenFile: String?

    /// The token in use, or nil when writes are off.
    /// - Throws: exit 66 when the file is missing, 65 when it is empty.
    func token() throws -> String? {
        if let path = tokenFile {
            guard let data = FileManager.default.contents(atPath: path) else {
                stderrLine("khabar: cannot read the token file \(path)")
                throw KhabarExit.missingFile
            }
            let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else {
                stderrLine("khabar: the token file \(path) is empty")
                throw KhabarExit.badInput
            }
            return token
        }
        return ProcessInfo.processInfo.environment["KHABAR_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
