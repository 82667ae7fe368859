import Hummingbird
import OAMCore
import OAMQuery
import OAMRegistry

/// `GET /api/v1/{accelerators,models,specs}[/{id}]`: the bodies of `oam list … --format
/// json` and `oam show ID --format json`, rendered once per registry load.
struct CatalogRoutes<Context: RequestContext> {
    let store: RegistryStore

    func register(on router: Router<Context>) {
        router.get("/api/v1/accelerators") { request, _ in try listAccelerators(request) }
        router.get("/api/v1/accelerators/{vendor}/{product}") { request, context in
            try show(
                request, id: "\(try context.parameters.require("vendor"))/\(try context.parameters.require("product"))",
                kind: .accelerator)
        }
        router.get("/api/v1/models") { request, _ in
            try QueryParameters.requireNone(request)
            return store.current.models.response(to: request)
        }
        router.get("/api/v1/models/{org}/{name}") { request, context in
            try show(
                request, id: "\(try context.parameters.require("org"))/\(try context.parameters.require("name"))", kind: .model)
        }
        router.get("/api/v1/specs") { request, _ in
            try QueryParameters.requireNone(request)
            return store.current.specs.response(to: request)
        }
        router.get("/api/v1/specs/{id}") { request, context in
            try show(request, id: try context.parameters.require("id"), kind: .moduleSpec)
        }
    }

    /// Query parameter names of `GET /api/v1/accelerators`: `oam list`'s filters, with `q`
    /// for `--search`.
    static var listParameterNames: [String] { AcceleratorListQuery.parameterNames.filter { $0 != "search" } + ["q"] }

    private func listAccelerators(_ request: Request) throws -> Response {
        let snapshot = store.current
        // No query string is the unfiltered list, what the decoding below would conclude.
        guard let query = request.uri.query, !query.isEmpty else { return snapshot.accelerators.response(to: request) }
        do {
            let parameters = try QueryParameters(request, known: Self.listParameterNames)
            try parameters.requireKnown()
            var precision: Precision?
            if let text = try parameters.string("precision") { precision = try AcceleratorListQuery.precision(text) }
            let query = AcceleratorListQuery(
                vendor: try parameters.string("vendor"), formFactor: try parameters.string("form-factor"), precision: precision,
                minMemory: try parameters.string("min-memory"), spec: try parameters.string("spec"),
                search: try parameters.string("q"))
            if query == AcceleratorListQuery() { return snapshot.accelerators.response(to: request) }
            try query.validate()
            let accelerators = try query.filter(snapshot.registry)
            return RenderedBody(json: .array(accelerators.map { $0.json })).response(to: request)
        } catch {
            throw APIError(error)
        }
    }

    private func show(_ request: Request, id: String, kind: DescriptorKind) throws -> Response {
        try QueryParameters.requireNone(request)
        let snapshot = store.current
        // The registry's own lookup (ids, names, aliases by NameKey), limited to this kind.
        switch snapshot.registry.resolve(id, kind: kind) {
        case .found(let file):
            guard let descriptor = file.descriptor, let body = snapshot.descriptors[descriptor.id] else { break }
            return body.response(to: request)
        case .ambiguous(let candidates):
            throw APIError(.ambiguous(name: id, kind: kind, candidates: candidates))
        case .notFound:
            break
        }
        throw APIError(.notFound(name: id, kind: kind, suggestions: snapshot.registry.suggestions(for: id, kind: kind)))
    }
}
