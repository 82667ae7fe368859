import Hummingbird
import Logging
import OAMQuery

/// Turns every failure into the API's one error shape, so the access log and CORS see a
/// response and clients see `{"error": …}` whatever failed: an unknown path is 404, a known
/// path with another method 405 with `Allow`, a body over the cap 413, and anything
/// unexpected a 500 whose detail goes to the log, not to the client.
struct ErrorShapeMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: [APIRoute]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            return try shaped(error, request: request).response(from: request, context: context)
        } catch {
            context.logger.error("unexpected failure: \(String(reflecting: error))")
            return try APIError(
                status: .internalServerError, code: .internal, message: "internal error; the server log has the detail"
            )
            .response(from: request, context: context)
        }
    }

    func shaped(_ error: HTTPError, request: Request) -> APIError {
        switch error.status {
        case .notFound:
            let allowed = APIRoute.methods(for: request.uri.path, in: routes)
            if !allowed.isEmpty {
                let allow = (allowed + [.options]).map(\.rawValue).joined(separator: ", ")
                return APIError(
                    status: .methodNotAllowed, code: .methodNotAllowed,
                    message: "\(request.method.rawValue) is not allowed on \(request.uri.path); allowed: \(allow)",
                    headers: [.allow: allow])
            }
            return APIError(
                status: .notFound, code: .notFound, message: "no route \(request.uri.path) (GET /openapi.json lists every route)")
        case .contentTooLarge:
            return APIError(
                status: .contentTooLarge, code: .payloadTooLarge,
                message: "request body is over \(ServerLimits.maxBodyBytes) bytes", headers: [.connection: "close"])
        case .unsupportedMediaType:
            return APIError(
                status: .unsupportedMediaType, code: .unsupportedMediaType, message: error.body ?? "unsupported media type")
        default:
            let code: ErrorCode = error.status.code < 500 ? .invalidParameter : .internal
            return APIError(status: error.status, code: code, message: error.body ?? error.status.reasonPhrase)
        }
    }
}
