import ArgumentParser
import Hummingbird
import Server
import Storage

/// `khabar serve`: the JSON API and the Arabic web reader over a store.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the JSON API (/api/v1) and the Arabic web reader over a store.",
        discussion: """
            Stops on SIGINT or SIGTERM. Requests are logged to stderr (swift-log; LOG_LEVEL sets the level). \
            POST /api/v1/articles ingests pages and JSON-lines batches when a write token is set \
            ($KHABAR_TOKEN or --token-file) and the request carries `Authorization: Bearer TOKEN`; \
            otherwise writes answer 403. The OpenAPI document is at /api/v1/openapi.json.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @OptionGroup var token: WriteTokenOptions

    @Option(help: "Seconds a search answer is served from the response cache (0 turns it off); the server's own ingest empties it.")
    var cacheSeconds = 60

    func run() async throws {
        guard cacheSeconds >= 0 else { throw ValidationError("--cache-seconds must be 0 or more") }
        let db = try store.open(mustExist: true)
        try await Serve.serve(db, host: host, port: port, writeToken: try token.token(), cacheTTL: .seconds(cacheSeconds))
    }

    static func serve(_ store: SQLiteStore, host: String, port: Int, writeToken: String? = nil,
                      cacheTTL: Duration = .seconds(60)) async throws {
        print("Khabar is serving on http://\(host):\(port)/  (API: http://\(host):\(port)/api/v1/search?q=بوتين)")
        print(writeToken == nil ? "Writes are off (set $KHABAR_TOKEN or --token-file to allow POST /api/v1/articles)."
                                : "Writes are on: POST /api/v1/articles with Authorization: Bearer TOKEN.")
        try await KhabarServer.application(store: store, host: host, port: port, options: ServerOptions(writeToken: writeToken, cacheTTL: cacheTTL))
            .runService()
    }
}
