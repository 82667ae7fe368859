import Foundation

/// Numbers written for people, and the one checked conversion from a computed or parsed
/// `Double` to an `Int`: every figure in a descriptor or a tool's output can be any finite
/// Double (`1e22 TiB` parses), and `Int(_:)` traps beyond ±2^63, so no conversion of data to
/// an integer goes around `integer(_:)`.
public enum NumberText {
    /// The largest magnitude converted to an integer: 2^53, where a Double still holds every
    /// whole number (beyond it `Int(value)` would print digits the value does not have).
    public static let exactIntegerLimit = 9_007_199_254_740_992.0

    /// `value` rounded to the nearest whole number, or `nil` when it is NaN, infinite or
    /// beyond ±2^53.
    public static func integer(_ value: Double) -> Int? {
        guard value.isFinite else { return nil }
        let rounded = value.rounded()
        guard abs(rounded) <= exactIntegerLimit else { return nil }
        return Int(rounded)
    }

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

    /// A real number rounded to a whole one and grouped; beyond ±2^53 in scientific
    /// notation, and `nan`/`inf` as words, so no value can trap the conversion.
    public static func grouped(_ value: Double) -> String {
        guard let whole = integer(value) else { return outOfRange(value) }
        return grouped(whole)
    }

    /// A real number with at most `decimals` decimals and no trailing zeros (`12`, `12.5`);
    /// beyond ±2^53 in scientific notation (`1.2e+22`), `nan`/`inf` as words.
    public static func plain(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite, abs(value) <= exactIntegerLimit else { return outOfRange(value) }
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Values no whole-number form can carry: three significant digits in scientific
    /// notation, `nan`, `inf`, `-inf`.
    private static func outOfRange(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        return String(format: "%.3g", value)
    }
}
