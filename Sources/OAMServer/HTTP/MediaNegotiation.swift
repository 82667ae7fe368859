import Hummingbird
import OAMCore
import OAMQuery

/// Picks the representation an `Accept` header asks for (RFC 9110 §12.5.1): each offer gets
/// the quality of the most specific media range that matches it (`type/subtype`, then
/// `type/*`, then `*/*`); the best quality above zero wins, ties going to the earlier offer.
/// No header accepts anything, so the first offer.
enum MediaNegotiation {
    /// The media type a `Content-Type` value names, without its parameters, lowercased
    /// (`application/yaml; charset=utf-8` → `application/yaml`): what a body is judged by;
    /// `nil` for a value with nothing before its parameters.
    static func mediaType(of contentType: String) -> String? {
        contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    static func choose(_ accept: String?, offers: [String]) throws(APIError) -> String {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return offers[0] }
        let ranges = FieldList.elements(of: accept).map { range -> (type: String, quality: Double) in
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (parts.first ?? "", quality.isFinite ? quality : 0)
        }
        var best: (offer: String, quality: Double)?
        for offer in offers {
            let family = offer.split(separator: "/").first.map(String.init) ?? offer
            let match =
                ranges.first { $0.type == offer } ?? ranges.first { $0.type == family + "/*" }
                ?? ranges.first { $0.type == "*/*" }
            guard let match, match.quality > 0 else { continue }
            if match.quality > (best?.quality ?? 0) { best = (offer, match.quality) }
        }
        guard let best else {
            throw APIError(
                status: .notAcceptable, code: .notAcceptable,
                message: "this route answers \(offers.joined(separator: " or ")); the request accepts \(accept)")
        }
        return best.offer
    }
}
