import CompressNIO
import Foundation
import Hummingbird

/// Which response bodies are compressed, and the compression itself (zlib through
/// compress-nio).
enum BodyCompression {
    /// Bodies shorter than this many bytes are sent as they are: they fit in one TCP segment
    /// either way, so compressing them costs CPU and saves no round trip (gzip alone adds 18
    /// bytes of header and trailer).
    static let minimumBytes = 1024

    /// Whether a body of this media type is worth compressing: text formats only. Images
    /// other than SVG, archives and other already-compressed types gain nothing.
    static func isCompressible(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let media = MediaNegotiation.mediaType(of: contentType) ?? ""
        return media.hasPrefix("text/") || media == "application/json" || media.hasSuffix("+json")
            || media == "application/yaml" || media == "application/xml" || media == "image/svg+xml"
    }

    /// Whether a body of this type and length is compressed when the client accepts it.
    static func applies(contentType: String?, length: Int) -> Bool {
        length >= minimumBytes && isCompressible(contentType: contentType)
    }

    /// The body in `coding`: at zlib's best level for a body rendered once per registry
    /// load (`once`), at its default level (6, several times faster) for one rendered per
    /// request. zlib fails only when it cannot allocate its state; the caller then answers
    /// the identity body.
    static func compress(_ body: ByteBuffer, as coding: ContentCoding, once: Bool) throws -> ByteBuffer {
        var input = body
        return try input.compress(with: coding.algorithm(level: once ? .bestCompression : .defaultCompressionLevel))
    }
}
