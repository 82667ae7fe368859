import CompressNIO
import Foundation
import OAMCore

/// A content coding the server can apply to a response body (RFC 9110 §8.4.1). Identity
/// (no coding) is `nil` wherever a coding is optional.
enum ContentCoding: String, Sendable, CaseIterable {
    /// The gzip file format (RFC 1952).
    case gzip
    /// HTTP's "deflate" is the zlib format (RFC 1950) around a deflate stream, not a raw
    /// deflate stream (RFC 9110 §8.4.1.2).
    case deflate

    /// The compress-nio algorithm producing this coding's format at `level`.
    func algorithm(level: ZlibConfiguration.CompressionLevel) -> CompressionAlgorithm {
        let configuration = ZlibConfiguration(compressionLevel: level)
        switch self {
        case .gzip: return .gzip(configuration: configuration)
        case .deflate: return .zlib(configuration: configuration)
        }
    }

    /// The entity tag of this coding's variant of a body whose identity tag is `etag`: a
    /// distinct strong tag (`"…-gzip"`), because the compressed bytes differ from the identity
    /// bytes and a cache must never answer one for the other.
    func entityTag(_ etag: String) -> String {
        guard etag.hasSuffix("\"") else { return etag }
        return String(etag.dropLast()) + "-" + rawValue + "\""
    }

    /// The coding to answer with, from the request's `Accept-Encoding` (RFC 9110 §12.5.3):
    /// the acceptable coding (q > 0, named or matched by `*`) with the highest q-value, gzip
    /// before deflate on a tie; `nil` (identity) without the header, when no coding is
    /// acceptable, or when `identity` (or `*`) is given a higher q-value than every coding.
    /// An unlisted identity states no preference, so `gzip;q=0.5` alone still means gzip.
    static func negotiate(_ acceptEncoding: String?) -> ContentCoding? {
        guard let acceptEncoding else { return nil }
        var named: [String: Double] = [:]
        for element in FieldList.elements(of: acceptEncoding) {
            let parts = element.split(separator: ";")
            guard let first = parts.first else { continue }
            let name = first.trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty, let weight = weight(parts.dropFirst()) else { continue }
            // "x-gzip" is gzip (RFC 9110 §8.4.1.3).
            named[name == "x-gzip" ? "gzip" : name] = weight
        }
        let wildcard = named["*"]
        let identity = named["identity"] ?? wildcard ?? 0
        var best: (coding: ContentCoding, weight: Double)?
        for coding in allCases {
            let weight = named[coding.rawValue] ?? wildcard ?? 0
            if weight > 0, weight > (best?.weight ?? 0) { best = (coding, weight) }
        }
        guard let best, best.weight >= identity else { return nil }
        return best.coding
    }

    /// The q-value of one element's parameters (1 without `q`), or `nil` when it is not a
    /// number in 0...1, so a malformed element is ignored rather than guessed at.
    private static func weight(_ parameters: ArraySlice<Substring>) -> Double? {
        for parameter in parameters {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "q" else { continue }
            guard let value = Double(pair[1].trimmingCharacters(in: .whitespaces)), (0...1).contains(value) else { return nil }
            return value
        }
        return 1
    }
}
