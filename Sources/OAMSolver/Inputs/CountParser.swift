import Foundation

/// Reads counts the way people write them: `15.6T`, `15.6e12`, `15600000000000`,
/// `2k`, `1.5B`, `15_600M`. Suffixes are decimal (k 10³, M 10⁶, B/G 10⁹, T 10¹², P 10¹⁵).
public enum CountParser {
    /// The count, or `nil` when the text is not a non-negative number.
    public static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "").replacingOccurrences(
            of: ",", with: "")
        guard !body.isEmpty else { return nil }
        let scales: [Character: Double] = [
            "k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "b": 1e9, "G": 1e9, "g": 1e9, "T": 1e12, "t": 1e12, "P": 1e15,
            "p": 1e15,
        ]
        var scale = 1.0
        if let last = body.last, let factor = scales[last] {
            scale = factor
            body.removeLast()
            body = body.trimmingCharacters(in: .whitespaces)
        }
        guard let number = Double(body), number.isFinite, number >= 0 else { return nil }
        return number * scale
    }

    /// A whole count (rounded), or `nil`.
    public static func parseInt(_ text: String) -> Int? {
        guard let value = parse(text), value < 9e18 else { return nil }
        return Int(value.rounded())
    }

    /// A duration in seconds from `2`, `2s`, `500ms`, `30us`.
    public static func parseSeconds(_ text: String) -> Double? {
        let body = text.trimmingCharacters(in: .whitespaces).lowercased()
        for (suffix, factor) in [("ms", 1e-3), ("us", 1e-6), ("µs", 1e-6), ("s", 1.0)] where body.hasSuffix(suffix) {
            guard let number = Double(body.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number >= 0 else {
                return nil
            }
            return number * factor
        }
        guard let number = Double(body), number >= 0 else { return nil }
        return number
    }
}
