import Hummingbird
import OAMCore

/// A response body rendered once, with its entity tag: the registry is immutable while
/// served, so list and show bodies are rendered per load, not per request.
struct RenderedBody: Sendable {
    let bytes: ByteBuffer
    /// A strong validator: FNV-1a 64 of the bytes, quoted (RFC 9110 §8.8.3).
    let etag: String
    let contentType: String

    init(_ text: String, contentType: String = "application/json") {
        self.bytes = ByteBuffer(string: text)
        self.etag = "\"" + Self.fnv1a64(text.utf8) + "\""
        self.contentType = contentType
    }

    init(json: JSONValue) {
        self.init(json.serialized(pretty: false))
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
