import Foundation
import Hummingbird
import OAMCore

extension RenderedBody {
    /// `200` with the body in the coding the client prefers (`Accept-Encoding`), or `304`
    /// without it when `If-None-Match` names the entity tag of that variant. Each coding has
    /// its own tag, so a validator always names the bytes it was sent with.
    func response(to request: Request) -> Response {
        let coding = isCompressible ? ContentCoding.negotiate(request.headers[.acceptEncoding]) : nil
        let tag = coding.map { $0.entityTag(etag) } ?? etag
        if let condition = request.headers[.ifNoneMatch], Self.matches(condition, tag) {
            return Response(
                status: .notModified, headers: Self.headers(tag: tag, vary: isCompressible, contentType: nil, coding: nil))
        }
        if let coding {
            if let variant = variants[coding] {
                return Response(status: .ok, headers: variant.headers, body: .init(byteBuffer: variant.bytes))
            }
            // A body rendered per request is compressed only now, after a 304 no longer can be.
            if let compressed = try? BodyCompression.compress(bytes, as: coding, once: false) {
                return Response(
                    status: .ok, headers: Self.headers(tag: tag, vary: true, contentType: contentType, coding: coding),
                    body: .init(byteBuffer: compressed))
            }
        }
        return Response(status: .ok, headers: identityHeaders, body: .init(byteBuffer: bytes))
    }

    /// RFC 9110 §13.1.2: `*` or any listed tag, compared weakly (`W/` ignored).
    static func matches(_ condition: String, _ etag: String) -> Bool {
        FieldList.elements(of: condition).contains { tag in tag == "*" || tag == etag || tag == "W/" + etag }
    }
}
