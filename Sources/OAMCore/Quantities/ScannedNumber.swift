/// The number at the start of a quantity text, as `mantissa × 10^decimalExponent`.
///
/// Kept as an integer mantissa and a power of ten so the value is rounded once, when the
/// unit's scale is applied (`QuantityParser.scaled`), not digit by digit.
struct ScannedNumber {
    /// Byte offset of the first character of the number (after any `+`).
    var start: Int
    /// Byte offset just past the number, exponent included.
    var end: Int
    /// Up to 18 significant decimal digits, the decimal point dropped.
    var mantissa: Int64
    /// The power of ten that scales `mantissa` to the written number: the exponent, plus the
    /// integer digits beyond 18, minus the digits after the decimal point.
    var decimalExponent: Int
}
