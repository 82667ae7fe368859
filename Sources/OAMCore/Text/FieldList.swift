import Foundation

/// The elements of a list-valued header field (RFC 9110 §5.6.1: comma-separated, with
/// optional whitespace around each, empty elements ignored), for every header that names
/// several things at once: `Accept`, `Accept-Encoding`, `If-None-Match`, `Connection`.
enum FieldList {
    static func elements(of value: String) -> [String] {
        value.split(separator: ",").compactMap { element in
            let trimmed = element.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
