import Hummingbird
import Logging
import Storage

/// Khabar's HTTP server: the JSON API under `/api/v1` and the Arabic web reader, over one
/// store. The server keeps no corpus in memory: every request reads the store.
public enum KhabarServer {
    /// The router with every route, problem+json errors and request logging.
    public static func router(store: any ArticleStore, logRequests: Bool = true) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ProblemMiddleware())
        if logRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
        APIRoutes(store: store).register(on: router)
        WebRoutes(store: store).register(on: router)
        return router
    }

    /// An application serving `store` on `host:port`.
    public static func application(store: any ArticleStore, host: String, port: Int, logger: Logger? = nil) -> some ApplicationProtocol {
        Application(router: router(store: store), configuration: .init(address: .hostname(host, port: port), serverName: "khabar"),
                    logger: logger)
    }
}
