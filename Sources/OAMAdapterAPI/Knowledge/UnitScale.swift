/// How many base units one named unit holds, for writing knowledge-table figures as their
/// sources state them (tools report MiB, datasheets GB, interconnects Gb/s).
///
/// Capability figures are in SI base units: bytes, bytes per second, FLOP/s. `UnitScale.GiB * 80`
/// is 80 GiB in bytes.
public enum UnitScale {
    /// Bytes in a mebibyte (2^20), as `nvidia-smi` and `amd-smi` report memory.
    public static let MiB: Double = 1_048_576
    /// Bytes in a gibibyte (2^30).
    public static let GiB: Double = 1_073_741_824
    /// Bytes in a decimal gigabyte (10^9); also bytes per second in 1 GB/s.
    public static let GB: Double = 1e9
    /// Bytes in a decimal terabyte (10^12); also bytes per second in 1 TB/s.
    public static let TB: Double = 1e12
    /// FLOP/s in one TFLOP/s (10^12).
    public static let TFLOPS: Double = 1e12
    /// Bytes per second in one gigabit per second (10^9 / 8).
    public static let Gbps: Double = 1e9 / 8
}
