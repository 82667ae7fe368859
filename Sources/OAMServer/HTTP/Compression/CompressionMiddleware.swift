import Hummingbird

/// Compresses the responses that no `RenderedBody` answered (the web pages, error bodies)
/// when the client accepts gzip or deflate: text types of at least
/// `BodyCompression.minimumBytes` with a body of known length, once. A response with an
/// entity tag is left as it is: whoever tagged it chose its representation (a
/// `RenderedBody` negotiates its coding and tags each variant itself), and compressing it
/// here would send new bytes under the old tag.
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var response = try await next(request, context)
        // The entity tag first: every API body has one, so most responses stop at one search
        // of their fields.
        guard !response.headers.contains(.eTag), !response.headers.contains(.contentEncoding),
            request.method != .head, response.status != .notModified, response.status != .noContent,
            let length = response.body.contentLength,
            BodyCompression.applies(contentType: response.headers[.contentType], length: length)
        else { return response }
        response.headers.append(HTTPFields.Element(name: .vary, value: "Accept-Encoding"))
        guard let coding = ContentCoding.negotiate(request.headers[.acceptEncoding]) else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        guard let compressed = try? BodyCompression.compress(collector.bytes, as: coding, once: false) else {
            response.body = .init(byteBuffer: collector.bytes)
            return response
        }
        response.headers[.contentEncoding] = coding.rawValue
        response.body = .init(byteBuffer: compressed)
        return response
    }
}
