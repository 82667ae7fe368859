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
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var index = start
        if index < end, bytes[index] == UInt8(ascii: "-") { return .failure(.negative) }
        if index < end, bytes[index] == UInt8(ascii: "+") { index += 1 }
        if isNonFinite(bytes[index..<end]) { return .failure(.notFinite) }

        let numberStart = index
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
                // Thousands separators mean different things in different locales.
                return .failure(.notANumber(clip(text)))
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return .failure(.notANumber(clip(text))) }
        var exponent = 0
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var j = index + 1
            var sign = 1
            if j < end, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") {
                sign = bytes[j] == UInt8(ascii: "-") ? -1 : 1
                j += 1
            }
            var value = 0
            var digits = 0
            while j < end, bytes[j] >= UInt8(ascii: "0") && bytes[j] <= UInt8(ascii: "9"), digits < 4 {
                value = value * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                digits += 1
                j += 1
            }
            if digits > 0 {
                exponent = sign * value
                index = j
            }
        }
        let numberText = String(decoding: bytes[numberStart..<index], as: UTF8.self)
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end else { return .failure(.missingUnit(expected: expected)) }
        let unitText = String(decoding: bytes[index..<end], as: UTF8.self)
        guard let unit = QuantityUnit.bySymbol[unitText] else {
            let candidates = expected.flatMap { dimension in
                QuantityUnit.suggestable.filter { $0.dimension == dimension }.map(\.symbol)
            }
            let suggestion = Suggestions.closest(
                to: unitText, in: candidates.isEmpty ? QuantityUnit.suggestable.map(\.symbol) : candidates, limit: 1,
                caseSensitive: true
            ).first
            return .failure(.unknownUnit(clip(unitText), suggestion: suggestion))
        }
        guard expected.isEmpty || expected.contains(unit.dimension) else {
            return .failure(.wrongDimension(unit: unitText, found: unit.dimension, expected: expected))
        }
        let value =
            scaled(
                Double(mantissa), decimalExponent: exponent + droppedIntegerDigits - fractionDigits + unit.decimalScale,
                binaryExponent: unit.binaryScale) / unit.divisor
        guard value.isFinite else { return .failure(.notFinite) }
        return .success(Quantity(value: value, dimension: unit.dimension, text: numberText + " " + unit.symbol))
    }

    /// `nan`, `inf`, `.inf`, `infinity` in any case.
    private static func isNonFinite(_ bytes: ArraySlice<UInt8>) -> Bool {
        var word = bytes.prefix(9).map { $0 | 0x20 }[...]  // ASCII lowercase
        if word.first == UInt8(ascii: ".") { word = word.dropFirst() }
        return word.starts(with: Array("nan".utf8)) || word.starts(with: Array("inf".utf8))
    }

    private static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }

    /// `mantissa × 10^decimalExponent × 2^binaryExponent`, rounded once where the power of
    /// ten is exact (|exponent| ≤ 22, as for every unit prefix and datasheet figure).
    private static func scaled(_ mantissa: Double, decimalExponent: Int, binaryExponent: Int) -> Double {
        let binary = mantissa * power(2, binaryExponent)  // exact: powers of two
        if decimalExponent >= 0 { return binary * power(10, decimalExponent) }
        return binary / power(10, -decimalExponent)
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
