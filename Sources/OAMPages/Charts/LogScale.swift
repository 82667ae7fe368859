import Foundation

/// A logarithmic axis mapping values in `lower...upper` onto `start...end` (pixels).
struct LogScale {
    var lower: Double
    var upper: Double
    var start: Double
    var end: Double

    func position(_ value: Double) -> Double {
        let fraction = (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        return start + fraction * (end - start)
    }

    /// A pixel coordinate as SVG text with one decimal.
    static func coordinate(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
