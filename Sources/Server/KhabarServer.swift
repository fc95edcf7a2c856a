import Hummingbird
import Logging
import Storage

/// Khabar's HTTP server: the JSON API under `/api/v1` and the Arabic web reader, over one
/// store. The server keeps no corpus in memory: every request reads the store.
public enum KhabarServer {
    /// The router with every route, problem+json errors, body limits and request logging.
    public static func router(store: any ArticleStore, options: ServerOptions = ServerOptions()) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ProblemMiddleware())
        if options.logRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
        router.add(middleware: BodyLimitMiddleware(maximumBytes: options.maximumBodyBytes))
        let cache = ResponseCache(maxBytes: options.cacheBytes, ttl: options.cacheTTL)
        APIRoutes(store: store, options: options, cache: cache).register(on: router)
        WebRoutes(store: store).register(on: router)
        return router
    }

    /// The router with default options and request logging on or off.
    public static func router(store: any ArticleStore, logRequests: Bool) -> Router<BasicRequestContext> {
        router(store: store, options: ServerOptions(logRequests: logRequests))
    }

    /// An application serving `store` on `host:port`.
    public static func application(store: any ArticleStore, host: String, port: Int, options: ServerOptions = ServerOptions(),
                                   logger: Logger? = nil) -> some ApplicationProtocol {
        Application(router: router(store: store, options: options),
                    configuration: .init(address: .hostname(host, port: port), serverName: "khabar"), logger: logger)
    }
}
