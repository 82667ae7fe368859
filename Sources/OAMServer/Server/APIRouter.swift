import Hummingbird
import Logging

/// Builds the router: middleware outermost first (access log, security headers, CORS,
/// compression, error shape, page errors, concurrency bound), then every route of
/// `APIRoute.all`.
public enum APIRouter {
    public static func build(
        store: RegistryStore, limits: ServerLimits = ServerLimits(), logger: Logger
    ) -> Router<BasicRequestContext> {
        // HEAD on every GET route (RFC 9110 §9.3.2: a general-purpose server supports both):
        // the GET handler's status and headers without the body.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: AccessLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(
            middleware: CORSMiddleware(
                allowOrigin: .all, allowHeaders: [.accept, .contentType, .ifNoneMatch], allowMethods: [.get, .post, .options],
                allowCredentials: false, exposedHeaders: ["ETag", "Retry-After"], maxAge: .seconds(600)))
        router.add(middleware: CompressionMiddleware())
        router.add(middleware: ErrorShapeMiddleware(routes: APIRoute.all))
        router.add(middleware: PageErrorMiddleware(store: store))
        router.add(middleware: ConcurrencyLimitMiddleware(limit: limits.maxConcurrentRequests))
        ServiceRoutes(store: store).register(on: router)
        CatalogRoutes(store: store).register(on: router)
        let timeBound = TimeBound(seconds: limits.requestSeconds)
        let body = BodyReader(seconds: limits.bodySeconds)
        FitRoutes(store: store, timeBound: timeBound, body: body).register(on: router)
        ValidateRoutes(store: store, timeBound: timeBound, body: body).register(on: router)
        RegistryDataRoutes(store: store).register(on: router)
        PageRoutes(
            store: store, timeBound: timeBound, body: body, cache: PageCache(limit: 1024), questionCache: PageCache(limit: 256)
        ).register(on: router)
        return router
    }
}
