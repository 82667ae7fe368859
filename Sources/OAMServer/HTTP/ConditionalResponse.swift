import Foundation
import Hummingbird

extension RenderedBody {
    /// `200` with the body in the coding the client prefers (`Accept-Encoding`), or `304`
    /// without it when `If-None-Match` names the entity tag of that variant. Each coding has
    /// its own tag, so a validator always names the bytes it was sent with.
    /// `Cache-Control: no-cache` lets clients keep the body but revalidate every time,
    /// because a reload may change it at any moment.
    func response(to request: Request) -> Response {
        let compressible = isCompressible
        let coding = compressible ? ContentCoding.negotiate(request.headers[.acceptEncoding]) : nil
        var headers: HTTPFields = [.eTag: coding.map { $0.entityTag(etag) } ?? etag, .cacheControl: "no-cache"]
        if compressible { headers[.vary] = "Accept-Encoding" }
        if let condition = request.headers[.ifNoneMatch], let tag = headers[.eTag], Self.matches(condition, tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        // A body rendered per request is compressed only now, after a 304 no longer can be.
        if let coding, let variant = variants[coding] ?? (try? BodyCompression.compress(bytes, as: coding, once: false)) {
            headers[.contentEncoding] = coding.rawValue
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: variant))
        }
        headers[.eTag] = etag
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
    }

    /// RFC 9110 §13.1.2: `*` or any listed tag, compared weakly (`W/` ignored).
    static func matches(_ condition: String, _ etag: String) -> Bool {
        condition.split(separator: ",").contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }
}
