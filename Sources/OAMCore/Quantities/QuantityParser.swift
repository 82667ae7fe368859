import Foundation

/// Parses quantity text such as `192 GiB` or `2.6 PFLOPS`.
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

    /// Parses `text` and checks its unit is one of `expected` dimensions.
    public static func parse(_ text: String, expecting expected: [Dimension]) -> Result<Quantity, Failure> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        if ["nan", ".nan", "inf", "+inf", "-inf", ".inf", "-.inf", "+.inf", "infinity", "-infinity"].contains(where: { lowered.hasPrefix($0) }) {
            return .failure(.notFinite)
        }
        if trimmed.hasPrefix("-") { return .failure(.negative) }

        // Split the number (digits, one dot, optional exponent) from the unit.
        let scalars = Array(trimmed.unicodeScalars)
        var index = 0
        if index < scalars.count, scalars[index] == "+" { index += 1 }
        let numberStart = index
        var mantissaDigits = ""
        var fractionDigits = 0
        var sawDot = false
        while index < scalars.count {
            let c = scalars[index]
            if c >= "0" && c <= "9" {
                mantissaDigits.unicodeScalars.append(c)
                if sawDot { fractionDigits += 1 }
            } else if c == "." && !sawDot {
                sawDot = true
            } else if c == "_" || c == "," {
                // Thousands separators are ambiguous across locales; refuse them.
                return .failure(.notANumber(trimmed))
            } else {
                break
            }
            index += 1
        }
        guard !mantissaDigits.isEmpty else { return .failure(.notANumber(trimmed)) }
        var exponent = 0
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var j = index + 1
            var sign = 1
            if j < scalars.count, scalars[j] == "-" || scalars[j] == "+" {
                sign = scalars[j] == "-" ? -1 : 1
                j += 1
            }
            var digits = ""
            while j < scalars.count, scalars[j] >= "0" && scalars[j] <= "9" {
                digits.unicodeScalars.append(scalars[j])
                j += 1
            }
            if !digits.isEmpty, let e = Int(digits), e < 400 {
                exponent = sign * e
                index = j
            }
        }
        let numberText = String(String.UnicodeScalarView(scalars[numberStart..<index]))
        let unitText = String(String.UnicodeScalarView(scalars[index...])).trimmingCharacters(in: .whitespaces)

        guard !unitText.isEmpty else { return .failure(.missingUnit(expected: expected)) }
        guard let unit = QuantityUnit.bySymbol[unitText] else {
            let candidates = expected.flatMap { dimension in QuantityUnit.all.filter { $0.dimension == dimension }.map(\.symbol) }
            let suggestion = Suggestions.closest(to: unitText, in: candidates.isEmpty ? QuantityUnit.all.map(\.symbol) : candidates, limit: 1).first
            return .failure(.unknownUnit(unitText, suggestion: suggestion))
        }
        guard expected.isEmpty || expected.contains(unit.dimension) else {
            return .failure(.wrongDimension(unit: unitText, found: unit.dimension, expected: expected))
        }
        // Strip leading zeros so long inputs cannot overflow the integer mantissa needlessly.
        let significant = mantissaDigits.drop { $0 == "0" }
        let value: Double
        if significant.isEmpty {
            value = 0
        } else if significant.count <= 15, let mantissa = Int64(significant) {
            value = scaled(Double(mantissa), decimalExponent: exponent - fractionDigits + unit.decimalScale, binaryExponent: unit.binaryScale) / unit.divisor
        } else {
            guard let parsed = Double(numberText) else { return .failure(.notANumber(trimmed)) }
            value = scaled(parsed, decimalExponent: unit.decimalScale, binaryExponent: unit.binaryScale) / unit.divisor
        }
        guard value.isFinite else { return .failure(.notFinite) }
        return .success(Quantity(value: value, dimension: unit.dimension, text: "\(numberText) \(unit.symbol)"))
    }

    /// `mantissa × 10^decimalExponent × 2^binaryExponent` with a single rounding where the
    /// power of ten is exactly representable (|exponent| ≤ 22).
    private static func scaled(_ mantissa: Double, decimalExponent: Int, binaryExponent: Int) -> Double {
        let binary = mantissa * pow(2, Double(binaryExponent))  // exact: powers of two
        if decimalExponent >= 0 {
            if decimalExponent <= 22 { return binary * pow(10, Double(decimalExponent)) }
            return binary * pow(10, Double(decimalExponent))
        }
        if -decimalExponent <= 22 { return binary / pow(10, Double(-decimalExponent)) }
        return binary * pow(10, Double(decimalExponent))
    }
}

extension QuantityParser.Failure {
    /// A sentence for the user that names the accepted units.
    public var message: String {
        switch self {
        case .notANumber(let text):
            return "'\(text.prefix(40))' is not a number followed by a unit"
        case .notFinite:
            return "the value must be a finite number"
        case .negative:
            return "the value cannot be negative"
        case .missingUnit(let expected):
            return "the number has no unit; write it with one of \(Self.accepted(expected))"
        case .unknownUnit(let unit, let suggestion):
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "unknown unit '\(unit.prefix(20))'\(hint)"
        case .wrongDimension(let unit, let found, let expected):
            return "'\(unit)' is \(found.phrase), but this field takes \(expected.map(\.phrase).joined(separator: " or ")): use \(Self.accepted(expected))"
        }
    }

    private static func accepted(_ dimensions: [Dimension]) -> String {
        dimensions.flatMap { QuantityUnit.commonSymbols(of: $0) }.map { "'\($0)'" }.joined(separator: ", ")
    }
}
