import Foundation
import Hummingbird

extension RenderedBody {
    /// `200` with the body, or `304` without it when `If-None-Match` names this entity tag.
    /// `Cache-Control: no-cache` lets clients keep the body but revalidate every time,
    /// because a reload may change it at any moment.
    func response(to request: Request) -> Response {
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "no-cache"]
        if let condition = request.headers[.ifNoneMatch], Self.matches(condition, etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
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
