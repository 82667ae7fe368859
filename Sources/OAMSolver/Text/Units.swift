import Foundation
import OAMCore

/// Text for the numbers verdicts quote. Bytes always print in decimal gigabytes (10⁹ B)
/// so GB and GiB are never mixed in one answer; JSON carries plain bytes.
public enum Units {
    /// `141.1 GB` (decimal), or `512 MB` below 1 GB.
    public static func bytes(_ value: Double) -> String {
        if abs(value) >= 1e12 { return String(format: "%.2f TB", value / 1e12) }
        if abs(value) >= 1e9 { return String(format: "%.1f GB", value / 1e9) }
        if abs(value) >= 1e6 { return String(format: "%.0f MB", value / 1e6) }
        if abs(value) >= 1e3 { return String(format: "%.1f kB", value / 1e3) }
        return String(format: "%.0f B", value)
    }

    /// `4.8 TB/s`, `450 GB/s`.
    public static func bandwidth(_ value: Double) -> String {
        if value >= 1e12 { return String(format: "%.2f TB/s", value / 1e12) }
        return String(format: "%.0f GB/s", value / 1e9)
    }

    /// `989.4 TFLOPS`, `2.5 PFLOPS`.
    public static func flops(_ value: Double) -> String {
        if value >= 1e15 { return String(format: "%.2f PFLOPS", value / 1e15) }
        return String(format: "%.1f TFLOPS", value / 1e12)
    }

    /// A FLOP count: `1.41e+14 FLOP`.
    public static func flopCount(_ value: Double) -> String {
        String(format: "%.3g FLOP", value)
    }

    /// `18.6 ms`, `1.25 s`, `42 µs`.
    public static func seconds(_ value: Double) -> String {
        if value >= 86_400 * 2 { return String(format: "%.1f days", value / 86_400) }
        if value >= 1 { return String(format: "%.2f s", value) }
        if value >= 1e-3 { return String(format: "%.1f ms", value * 1e3) }
        return String(format: "%.0f µs", value * 1e6)
    }

    /// `12,345 tok/s` style rate with a unit.
    public static func rate(_ value: Double, _ unit: String) -> String {
        if value >= 100 { return NumberText.grouped(value.rounded()) + " " + unit }
        return String(format: "%.1f %@", value, unit)
    }

    /// `3.2 kW`, `700 W`.
    public static func power(_ watts: Double) -> String {
        if watts >= 1e6 { return String(format: "%.2f MW", watts / 1e6) }
        return watts >= 1000 ? String(format: "%.1f kW", watts / 1000) : String(format: "%.0f W", watts)
    }

    /// A count of parameters: `70.55B`, `1.03T`.
    public static func count(_ value: Double) -> String {
        if value >= 1e12 { return String(format: "%.2fT", value / 1e12) }
        if value >= 1e9 { return String(format: "%.2fB", value / 1e9) }
        if value >= 1e6 { return String(format: "%.1fM", value / 1e6) }
        return String(format: "%.0f", value)
    }

    /// `0.75` → `75%`.
    public static func percent(_ fraction: Double) -> String {
        String(format: fraction < 0.1 ? "%.1f%%" : "%.0f%%", fraction * 100)
    }

}
