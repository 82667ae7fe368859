import OAMCore

/// Short human forms of figures for notes ("1159.5 TFLOP/s", "64 GB/s", "80 GiB"). Any
/// finite or non-finite value formats (through `NumberText`), so a descriptor figure such
/// as `1e22 TiB` cannot trap an adapter.
public enum Format {
    /// One decimal at most, no trailing zero (`12`, `12.5`); scientific beyond 2^53.
    public static func number(_ value: Double) -> String {
        NumberText.plain(value, decimals: 1)
    }

    /// FLOP/s as TFLOP/s (`1159.5 TFLOP/s`).
    public static func flops(_ value: Double) -> String { number(value / 1e12) + " TFLOP/s" }

    /// B/s as decimal TB/s from 10^12 B/s, else GB/s (`64 GB/s`).
    public static func bytesPerSecond(_ value: Double) -> String {
        value >= 1e12 ? number(value / 1e12) + " TB/s" : number(value / 1e9) + " GB/s"
    }

    /// Bytes as binary GiB (`80 GiB`), as tools and datasheets state memory.
    public static func bytes(_ value: Double) -> String { number(value / UnitScale.GiB) + " GiB" }

    /// A fraction rounded to three decimals (0.511).
    public static func fraction(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
