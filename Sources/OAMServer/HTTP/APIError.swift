import Hummingbird
import OAMQuery

/// An error answered in the API's one error shape (`ErrorDocument`), with its status and
/// any headers the status calls for (`Allow` on 405, `Retry-After` on 503).
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let document: ErrorDocument
    var headers: HTTPFields = [:]

    init(status: HTTPResponse.Status, document: ErrorDocument, headers: HTTPFields = [:]) {
        self.status = status
        self.document = document
        self.headers = headers
    }

    init(status: HTTPResponse.Status, code: ErrorCode, message: String, headers: HTTPFields = [:]) {
        self.init(status: status, document: ErrorDocument(code: code, message: message), headers: headers)
    }

    /// The status each query failure gets: a bad value is the client's 400, an unknown id a
    /// 404 (an ambiguous name too: no one resource has it; the candidates come along), a
    /// model that cannot be sized a 422.
    init(_ error: QueryError) {
        let status: HTTPResponse.Status
        switch error {
        case .invalidParameter, .invalidDocument: status = .badRequest
        case .notFound, .ambiguous: status = .notFound
        case .unanswerable: status = .unprocessableContent
        }
        self.init(status: status, document: ErrorDocument(error))
    }

    /// 503 with `Retry-After`: the client should come back, nothing is queued.
    static func overloaded(_ message: String, retryAfterSeconds: Int) -> APIError {
        APIError(
            status: .serviceUnavailable, code: .overloaded, message: message,
            headers: [.retryAfter: String(retryAfterSeconds)])
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: document.json.serialized())))
    }
}
