import Hummingbird

/// One route of the API: the table `/openapi.json` is checked against, and the one that
/// decides between 404 (no such path) and 405 (the path exists with other methods).
struct APIRoute: Sendable, Equatable {
    let method: HTTPRequest.Method
    /// Path template with `{name}` segments, as in the OpenAPI document.
    let path: String

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

    /// The methods `routes` answer on a concrete path (empty when no template matches).
    static func methods(for path: String, in routes: [APIRoute]) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return routes.filter { route in
            let template = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return template.count == segments.count
                && zip(template, segments).allSatisfy { t, s in t.hasPrefix("{") ? !s.isEmpty : t == s }
        }.map(\.method)
    }
}
