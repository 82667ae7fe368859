import Foundation

/// The elements of a comma-separated list, each trimmed of the whitespace around it, empty
/// elements dropped: how HTTP writes a list-valued header field (RFC 9110 §5.6.1: `Accept`,
/// `Accept-Encoding`, `Accept-Language`, `If-None-Match`, `Connection`) and how the pages'
/// `?ids=a, b` lists are read. One piece, so every list is read the same way.
public enum FieldList {
    public static func elements(of value: String) -> [String] {
        value.split(separator: ",").compactMap { element in
            let trimmed = element.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
