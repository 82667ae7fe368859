import Foundation

/// Numbers written for people.
public enum NumberText {
    /// Thousands separated by commas: `8,030,261,248`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// A real number rounded to a whole one and grouped; beyond ±9e15 (where a Double no
    /// longer holds every integer) in scientific notation, and `nan`/`inf` as words, so
    /// no value can trap the conversion.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if abs(value) > 9e15 { return String(format: "%.3g", value) }
        return grouped(Int(value.rounded()))
    }
}
