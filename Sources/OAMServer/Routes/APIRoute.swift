import Hummingbird

/// One route of the API: the table `/openapi.json` is checked against, and the one that
/// decides between 404 (no such path) and 405 (the path exists with other methods).
struct APIRoute: Sendable, Equatable {
    let method: HTTPRequest.Method
    /// Path template with `{name}` segments, as in the OpenAPI document.
    let path: String
    /// The template split at `/`, once: route tables are matched against every request's path.
    private let segments: [Substring]

    init(method: HTTPRequest.Method, path: String) {
        self.method = method
        self.path = path
        self.segments = path.split(separator: "/", omittingEmptySubsequences: false)
    }

    /// Every route the server answers, besides CORS preflight (`OPTIONS`) on each path.
    static let all: [APIRoute] = [
        APIRoute(method: .get, path: "/healthz"),
        APIRoute(method: .get, path: "/openapi.json"),
        APIRoute(method: .get, path: "/api/v1/accelerators"),
        APIRoute(method: .get, path: "/api/v1/accelerators/{vendor}/{product}"),
        APIRoute(method: .get, path: "/api/v1/models"),
        APIRoute(method: .get, path: "/api/v1/models/{org}/{name}"),
        APIRoute(method: .get, path: "/api/v1/specs"),
        APIRoute(method: .get, path: "/api/v1/specs/{id}"),
        APIRoute(method: .get, path: "/api/v1/fit"),
        APIRoute(method: .post, path: "/api/v1/fit"),
        APIRoute(method: .get, path: "/api/v1/adapters"),
        APIRoute(method: .post, path: "/api/v1/validate"),
        APIRoute(method: .get, path: "/api/v1/export"),
    ]

    /// The methods `routes` answer on a concrete path (empty when no template matches), HEAD
    /// after every GET: the router answers HEAD wherever it answers GET.
    static func methods(for path: String, in routes: [APIRoute]) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return routes.filter { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { t, s in t.hasPrefix("{") ? !s.isEmpty : t == s }
        }.flatMap { $0.method == .get ? [.get, .head] : [$0.method] }
    }
}
