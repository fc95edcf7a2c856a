/// How the server runs beyond its store: who may write, and how much a request may carry.
public struct ServerOptions: Sendable {
    /// The bearer token that `POST /api/v1/articles` requires; nil turns writes off (403).
    public var writeToken: String?
    /// The largest request body accepted, in bytes (413 beyond).
    public var maximumBodyBytes: Int
    /// The most records one `POST /api/v1/articles` batch may hold (413 beyond).
    public var maximumBatchRecords: Int
    /// Whether each request is logged (swift-log, info level).
    public var logRequests: Bool
    /// How long a search answer is served from the response cache; zero turns the cache off.
    public var cacheTTL: Duration
    /// The most bytes of answers the response cache keeps.
    public var cacheBytes: Int

    public init(writeToken: String? = nil, maximumBodyBytes: Int = 8 << 20, maximumBatchRecords: Int = 1_000,
                logRequests: Bool = true, cacheTTL: Duration = .seconds(60), cacheBytes: Int = 32 << 20) {
        self.cacheTTL = cacheTTL
        self.cacheBytes = cacheBytes
        self.writeToken = writeToken.flatMap { $0.isEmpty ? nil : $0 }
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumBatchRecords = maximumBatchRecords
        self.logRequests = logRequests
    }
}
