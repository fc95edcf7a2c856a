import ArgumentParser
import Hummingbird
import Server
import Storage

/// `khabar serve`: the JSON API and the Arabic web reader over a store.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the JSON API (/api/v1) and the Arabic web reader over a store.",
        discussion: "Stops on SIGINT or SIGTERM. Requests are logged to stderr (swift-log; LOG_LEVEL sets the level)."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    func run() async throws {
        let db = try store.open(mustExist: true)
        try await Serve.serve(db, host: host, port: port)
    }

    static func serve(_ store: SQLiteStore, host: String, port: Int) async throws {
        print("Khabar is serving on http://\(host):\(port)/  (API: http://\(host):\(port)/api/v1/search?q=بوتين)")
        try await KhabarServer.application(store: store, host: host, port: port).runService()
    }
}
