import Foundation
import Hummingbird
import NIOCore
import OAMQuery

/// Reads a posted document: the declared media type only (415 otherwise), at most
/// `ServerLimits.maxBodyBytes` (413: refused from `Content-Length` before reading a byte,
/// or as soon as a body without one passes the cap; either way the connection is closed
/// after the answer), in full within the body deadline (408, and the connection is closed),
/// valid UTF-8 (400).
struct BodyReader: Sendable {
    /// The body deadline (`ServerLimits.bodySeconds`), in seconds from the handler's start.
    let seconds: Double

    func read(_ request: Request, mediaType: String) async throws -> String {
        let declared = request.headers[.contentType].flatMap(MediaNegotiation.mediaType(of:))
        guard declared == mediaType else {
            throw APIError(
                status: .unsupportedMediaType, code: .unsupportedMediaType,
                message: "this route reads \(mediaType); the request says \(declared ?? "nothing")")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > ServerLimits.maxBodyBytes {
            throw HTTPError(.contentTooLarge)
        }
        let buffer = try await Self.collect(request.body, within: seconds)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
            text.utf8.count == buffer.readableBytes
        else {
            throw APIError(.invalidDocument("the body is not UTF-8", line: nil, column: nil))
        }
        return text
    }

    /// The whole body, or a 408 once `seconds` have passed without its end. The collection
    /// is cancelled then, so the group returns without waiting for the rest of the body;
    /// the 408's `Connection: close` has `CloseAfterAnswerHandler` end the connection.
    private static func collect(_ body: Hummingbird.RequestBody, within seconds: Double) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await body.collect(upTo: ServerLimits.maxBodyBytes)
                } catch is NIOTooManyBytesError {
                    // A body without Content-Length that passes the cap: 413, like one that
                    // declares its size (NIO's error is no HTTPError, so it would answer 500).
                    throw HTTPError(.contentTooLarge)
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard case .some(.some(let buffer)) = try await group.next() else {
                throw APIError(
                    status: .requestTimeout, code: .requestTimeout,
                    message: "the request body did not arrive in full within \(seconds) s of its head",
                    headers: [.connection: "close"])
            }
            return buffer
        }
    }
}
