import ArgumentParser
import Extraction
import Foundation
import NewsModel

/// `khabar extract [FILE|-]`: one raw page in, one clean article out.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a raw page into a clean article.",
        discussion: "Reads FILE (or stdin with -), detects HTML or plain text unless told, and prints the article as JSON or as text."
    )

    /// How to print the article.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Argument(help: "The page to read, or - for stdin.")
    var file: String = "-"

    @Flag(help: "Read the page as HTML.")
    var html = false

    @Flag(help: "Read the page as plain text.")
    var text = false

    @Option(help: "Output: json (the Article) or text (title, blank line, body).")
    var format: OutputFormat = .json

    @Option(help: "The page's URL (used for the article id).")
    var url: String?

    @Option(help: "Refuse pages larger than this many bytes.")
    var maxBytes: Int = ExtractionOptions().maxBytes

    func validate() throws {
        if html && text { throw ValidationError("--html and --text exclude each other") }
    }

    func run() async throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("khabar: no such file: \(file)\n".utf8))
                throw KhabarExit.missingFile
            }
            bytes = Array(data)
        }
        let pageFormat: RawPage.Format = html ? .html : text ? .text : .auto
        let page = RawPage(bytes: bytes, url: url, format: pageFormat)
        let article: Article
        do {
            article = try Extractor(options: ExtractionOptions(maxBytes: maxBytes)).extract(page)
        } catch {
            FileHandle.standardError.write(Data("khabar: \(file): \(error)\n".utf8))
            throw KhabarExit.badInput
        }
        switch format {
        case .json:
            let data = try JSONEncoder.khabar.encode(article)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        case .text:
            print(article.title)
            print()
            print(article.body)
        }
    }
}
