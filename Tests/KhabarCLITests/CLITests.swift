import Foundation
import Testing

/// End-to-end tests: they run the built `khabar` binary as a user would.
enum CLI {
    /// The `khabar` executable next to the test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("khabar"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khabar"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khabar"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = packageRoot.appendingPathComponent("../shared").standardized

    /// The first `n` lines of the gzip'ed ANT corpus, read with the system gzip (the test
    /// target has no zlib).
    static func antLines(_ n: Int) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -dc '\(shared.appendingPathComponent("data/ant/ant-v2.1.jsonl.gz").path)' | head -n \(n)"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `khabar args…` in the package root, feeding `stdin`.
    static func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

@Suite struct AnalyzeCommandTests {
    @Test func analyzesTheSeedAsJSONLines() throws {
        let r = try CLI.run(["analyze", CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt").path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 10)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        let span = first["span"] as! [String: Int]
        #expect(span["start"] == 0)
        let tokens = first["tokens"] as! [[String: Any]]
        let putin = try #require(tokens.first { $0["surface"] as? String == "والروسي" })
        #expect(putin["stem"] as? String == "روس")
        #expect((putin["clitics"] as! [String: [String]])["proclitics"] == ["و", "ال"])
        #expect((putin["span"] as! [String: Int]) == ["start": 31, "end": 38])
        for key in ["surface", "span", "kind", "normalized", "clitics", "stem", "nameKey"] {
            #expect(putin[key] != nil, "token field \(key)")
        }
    }

    @Test func readsStdinAndPrintsATable() throws {
        let r = try CLI.run(["analyze", "--format", "table"], stdin: Data("قال ببوتين".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("ببوتين\tarabicWord"))
        #expect(r.stdout.contains("\tبوتين\t"))
    }

    @Test func invalidUTF8IsExit65WithTheOffset() throws {
        var bytes = Array("خبر ".utf8)
        bytes.append(0xFF)
        let r = try CLI.run(["analyze", "-"], stdin: Data(bytes))
        #expect(r.status == 65)
        #expect(r.stderr.contains("byte offset 7"))
    }

    @Test func missingFileIsExit66() throws {
        let r = try CLI.run(["analyze", "/nonexistent/page.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no such file"))
    }

    @Test func helpExplainsEveryOption() throws {
        let r = try CLI.run(["analyze", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--format"))
        #expect(r.stdout.contains("stdin"))
    }
}

@Suite struct EvalStemmingCommandTests {
    /// Reports agreement rates (not pass/fail) in the test log, and checks the summary line's shape.
    @Test func reportsAgreementRates() throws {
        let r = try CLI.run(["eval", "stemming"])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        print("eval stemming: \(summary)")
        #expect(summary.hasPrefix("snowball_agreement="))
        #expect(summary.contains("snowball_words=21156"))
        #expect(summary.contains("golden_words=1165"))
    }
}
