import Hummingbird
import OAMCore

/// A response body rendered once, with its entity tag: the registry is immutable while
/// served, so list and show bodies are rendered per load, not per request. A body rendered
/// per load also carries its compressed variants, so a client that accepts gzip costs no
/// compression per request, and every variant's response header fields are made with it:
/// building a field checks its value byte by byte, and a list request otherwise spent more
/// instructions on its four fields than on choosing and sending the body (callgrind).
struct RenderedBody: Sendable {
    let bytes: ByteBuffer
    /// A strong validator of the identity bytes: FNV-1a 64 of them, quoted (RFC 9110 §8.8.3).
    /// A compressed variant's tag is derived from it (`ContentCoding.entityTag`).
    let etag: String
    let contentType: String
    /// Compressed variants made when the body was rendered, by coding; empty for a body
    /// rendered per request (compressed when answered) or one too small to compress.
    let variants: [ContentCoding: Variant]
    /// The header fields of the `200` identity answer.
    let identityHeaders: HTTPFields

    /// One compressed representation and the header fields of its `200` answer.
    struct Variant: Sendable {
        let bytes: ByteBuffer
        let headers: HTTPFields
    }

    /// `precompress`: make the compressed variants now (bodies rendered once per load).
    init(_ text: String, contentType: String = "application/json", precompress: Bool = false) {
        let bytes = ByteBuffer(string: text)
        let etag = "\"" + Self.fnv1a64(text.utf8) + "\""
        let isCompressible = BodyCompression.applies(contentType: contentType, length: bytes.readableBytes)
        self.bytes = bytes
        self.etag = etag
        self.contentType = contentType
        self.isCompressible = isCompressible
        self.identityHeaders = Self.headers(tag: etag, vary: isCompressible, contentType: contentType, coding: nil)
        var variants: [ContentCoding: Variant] = [:]
        if precompress, isCompressible {
            for coding in ContentCoding.allCases {
                guard let compressed = try? BodyCompression.compress(bytes, as: coding, once: true) else { continue }
                variants[coding] = Variant(
                    bytes: compressed,
                    headers: Self.headers(tag: coding.entityTag(etag), vary: true, contentType: contentType, coding: coding))
            }
        }
        self.variants = variants
    }

    init(json: JSONValue, precompress: Bool = false) {
        self.init(json.serialized(pretty: false), precompress: precompress)
    }

    /// Whether the answer depends on `Accept-Encoding` (then it says so with `Vary`): decided
    /// once, when rendered, not on every request that asks for the body.
    let isCompressible: Bool

    /// The header fields of an answer with entity tag `tag`: `Cache-Control: no-cache` lets
    /// clients keep the body but revalidate every time, because a reload may change it at any
    /// moment. A `304` has no `contentType` (and no coding).
    static func headers(tag: String, vary: Bool, contentType: String?, coding: ContentCoding?) -> HTTPFields {
        var headers: HTTPFields = [.eTag: tag, .cacheControl: "no-cache"]
        if vary { headers[.vary] = "Accept-Encoding" }
        if let contentType { headers[.contentType] = contentType }
        if let coding { headers[.contentEncoding] = coding.rawValue }
        return headers
    }

    /// FNV-1a 64-bit hash as 16 hex digits: a cheap, stable content hash; entity tags only
    /// need to change when content does, not to resist forgery.
    static func fnv1a64(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
