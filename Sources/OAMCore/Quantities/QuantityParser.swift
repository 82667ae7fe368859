/// Parses quantity text such as `192 GiB` or `2.6 PFLOPS`.
///
/// Works on UTF-8 bytes without Foundation: it runs for every figure of every file, twice
/// (schema check, then decoding).
public enum QuantityParser {
    /// Why a text is not a quantity of the expected kind.
    public enum Failure: Error, Sendable, Hashable {
        /// No number at the start (`lots GB`), or a number written in a form we refuse.
        case notANumber(String)
        /// `nan`, `inf` and friends.
        case notFinite
        /// A leading minus sign.
        case negative
        /// A bare number with no unit.
        case missingUnit(expected: [Dimension])
        /// A unit we do not know; `suggestion` is the closest known symbol.
        case unknownUnit(String, suggestion: String?)
        /// A known unit of the wrong dimension (`capacity: 5.3 TB/s`).
        case wrongDimension(unit: String, found: Dimension, expected: [Dimension])
    }

    /// Parses `text` and checks its unit is one of `expected` dimensions (any, when empty).
    public static func parse(_ text: String, expecting expected: [Dimension]) -> Result<Quantity, Failure> {
        do {
            return .success(try quantity(text, expecting: expected))
        } catch {
            return .failure(error)
        }
    }

    /// The steps of `parse`: sign, number, unit, then the value in base units.
    private static func quantity(_ text: String, expecting expected: [Dimension]) throws(Failure) -> Quantity {
        let bytes = Array(text.utf8)
        var (index, end) = trimmedSpaces(bytes)
        if index < end, bytes[index] == UInt8(ascii: "-") { throw .negative }
        if index < end, bytes[index] == UInt8(ascii: "+") { index += 1 }
        if isNonFinite(bytes[index..<end]) { throw .notFinite }
        let number = try scanNumber(bytes, from: index, to: end, text: text)
        index = number.end
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end else { throw .missingUnit(expected: expected) }
        let unitText = String(decoding: bytes[index..<end], as: UTF8.self)
        let unit = try knownUnit(unitText, expecting: expected)
        let value =
            scaled(
                Double(number.mantissa), decimalExponent: number.decimalExponent + unit.decimalScale,
                binaryExponent: unit.binaryScale) / unit.divisor
        guard value.isFinite else { throw .notFinite }
        let numberText = String(decoding: bytes[number.start..<number.end], as: UTF8.self)
        return Quantity(value: value, dimension: unit.dimension, text: numberText + " " + unit.symbol)
    }

    /// The bounds of `bytes` without leading and trailing spaces.
    private static func trimmedSpaces(_ bytes: [UInt8]) -> (start: Int, end: Int) {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return (start, end)
    }

    /// Reads digits with at most one decimal point, then an optional exponent, from `start`.
    ///
    /// Keeps 18 significant digits in an `Int64`; integer digits beyond those only raise the
    /// power of ten, so the magnitude survives. Thousands separators (`_`, `,`) are refused
    /// because they mean different things in different locales.
    private static func scanNumber(_ bytes: [UInt8], from start: Int, to end: Int, text: String) throws(Failure)
        -> ScannedNumber
    {
        var index = start
        var mantissa: Int64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        var droppedIntegerDigits = 0
        var sawDigit = false
        var sawDot = false
        while index < end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if significantDigits < 18 {
                    if mantissa > 0 || byte != UInt8(ascii: "0") { significantDigits += 1 }
                    mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                    if sawDot { fractionDigits += 1 }
                } else if !sawDot {
                    droppedIntegerDigits += 1  // beyond 18 digits: keep the magnitude
                }
            } else if byte == UInt8(ascii: ".") && !sawDot {
                sawDot = true
            } else if byte == UInt8(ascii: "_") || byte == UInt8(ascii: ",") {
                throw .notANumber(clip(text))
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { throw .notANumber(clip(text)) }
        let exponent = scanExponent(bytes, from: index, to: end)
        return ScannedNumber(
            start: start, end: exponent.end, mantissa: mantissa,
            decimalExponent: exponent.value + droppedIntegerDigits - fractionDigits)
    }

    /// An `e`/`E` exponent of up to four digits at `start`; `(0, start)` when there is none,
    /// so `2e` leaves the `e` to be read as (an unknown) unit.
    private static func scanExponent(_ bytes: [UInt8], from start: Int, to end: Int) -> (value: Int, end: Int) {
        guard start < end, bytes[start] == UInt8(ascii: "e") || bytes[start] == UInt8(ascii: "E") else {
            return (0, start)
        }
        var index = start + 1
        var sign = 1
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
        }
        var value = 0
        var digits = 0
        while index < end, bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9"), digits < 4 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        return digits > 0 ? (sign * value, index) : (0, start)
    }

    /// The unit written as `unitText`, if it is known and of one of the `expected` dimensions
    /// (any, when empty); otherwise the failure, with the closest known symbol as a hint.
    private static func knownUnit(_ unitText: String, expecting expected: [Dimension]) throws(Failure) -> QuantityUnit {
        guard let unit = QuantityUnit.bySymbol[unitText] else {
            let candidates = expected.flatMap { dimension in
                QuantityUnit.suggestable.filter { $0.dimension == dimension }.map(\.symbol)
            }
            let suggestion = Suggestions.closest(
                to: unitText, in: candidates.isEmpty ? QuantityUnit.suggestable.map(\.symbol) : candidates, limit: 1,
                caseSensitive: true
            ).first
            throw .unknownUnit(clip(unitText), suggestion: suggestion)
        }
        guard expected.isEmpty || expected.contains(unit.dimension) else {
            throw .wrongDimension(unit: unitText, found: unit.dimension, expected: expected)
        }
        return unit
    }

    /// `nan`, `inf`, `.inf`, `infinity` in any case: the text starts (after an optional
    /// `.`) with `nan` or `inf`, every byte folded with `| 0x20` as ASCII lower-casing does. Compared byte by
    /// byte in place, since it runs for every figure of every file.
    private static func isNonFinite(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: ".") { index += 1 }
        guard bytes.endIndex - index >= 3 else { return false }
        let first = bytes[index] | 0x20
        let second = bytes[index + 1] | 0x20
        let third = bytes[index + 2] | 0x20
        return (first == UInt8(ascii: "n") && second == UInt8(ascii: "a") && third == UInt8(ascii: "n"))
            || (first == UInt8(ascii: "i") && second == UInt8(ascii: "n") && third == UInt8(ascii: "f"))
    }

    private static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }

    /// `mantissa × 10^decimalExponent × 2^binaryExponent`, rounded once where the power of
    /// ten is exact (|exponent| ≤ 22, as for every unit prefix and datasheet figure).
    ///
    /// Powers of ten beyond 10^300 are applied 10^300 at a time: 10^309 alone is infinite, and
    /// `1024e-309 B` or `1e-309 KiB` (about 10^-306, a normal Double) once read as 0.
    private static func scaled(_ mantissa: Double, decimalExponent: Int, binaryExponent: Int) -> Double {
        guard mantissa != 0 else { return 0 }  // `0e400` is zero, not 0 × ∞ = NaN
        var value = mantissa * power(2, binaryExponent)  // exact: powers of two
        var exponent = decimalExponent
        let step = power(10, 300)
        while exponent > 300, value.isFinite {
            value *= step
            exponent -= 300
        }
        while exponent < -300, value != 0 {
            value /= step
            exponent += 300
        }
        return exponent >= 0 ? value * power(10, exponent) : value / power(10, -exponent)
    }

    /// `base^exponent` for small non-negative exponents; exact for 10^0…10^22 and 2^0…2^60.
    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        var factor = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 { result *= factor }
            factor *= factor
            e >>= 1
        }
        return result
    }
}

extension QuantityParser.Failure {
    /// A sentence for the user that names the accepted units.
    public var message: String {
        switch self {
        case .notANumber(let text):
            return "'\(text)' is not a number followed by a unit"
        case .notFinite:
            return "the value must be a finite number"
        case .negative:
            return "the value cannot be negative"
        case .missingUnit(let expected):
            return "the number has no unit; write it with one of \(Self.accepted(expected))"
        case .unknownUnit(let unit, let suggestion):
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "unknown unit '\(unit)'\(hint)"
        case .wrongDimension(let unit, let found, let expected):
            return
                "'\(unit)' is \(found.phrase), but this field takes \(expected.map(\.phrase).joined(separator: " or ")): use \(Self.accepted(expected))"
        }
    }

    private static func accepted(_ dimensions: [Dimension]) -> String {
        dimensions.flatMap { QuantityUnit.commonSymbols(of: $0) }.map { "'\($0)'" }.joined(separator: ", ")
    }
}
