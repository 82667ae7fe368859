import Foundation
import Hummingbird
import OAMQuery

/// Reads a posted document: the declared media type only (415 otherwise), at most
/// `ServerLimits.maxBodyBytes` (413: refused from `Content-Length` before reading a byte,
/// or as soon as a body without one passes the cap), valid UTF-8 (400).
enum RequestBody {
    static func read(_ request: Request, mediaType: String) async throws -> String {
        let declared = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard declared == mediaType else {
            throw APIError(
                status: .unsupportedMediaType, code: .unsupportedMediaType,
                message: "this route reads \(mediaType); the request says \(declared ?? "nothing")")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > ServerLimits.maxBodyBytes {
            throw HTTPError(.contentTooLarge)
        }
        let buffer = try await request.body.collect(upTo: ServerLimits.maxBodyBytes)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
            text.utf8.count == buffer.readableBytes
        else {
            throw APIError(.invalidDocument("the body is not UTF-8", line: nil, column: nil))
        }
        return text
    }
}
