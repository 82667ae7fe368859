/// Bounds no real accelerator module comes near, per dimension: a figure beyond one is a
/// typo or a forgery, never a device. They are orders of magnitude above the plausibility
/// ranges of the `*-range` warnings (a 2025 module has ≤ 0.3 TiB of memory, ≤ 10 TB/s, ≤ 2 kW,
/// ≤ 10^16 FLOP/s dense), so no honest datasheet figure reaches them, and every figure
/// within them converts to integers and prints without overflow.
///
/// The `impossible-figure` rule refuses descriptor figures beyond them; `oam probe` treats
/// vendor-tool figures beyond them as unknown.
public enum PhysicalLimits {
    /// The largest possible figure of `dimension`, in its SI base unit:
    /// bytes 1 PiB (2^50 B), bandwidth 1 PB/s (10^15 B/s), FLOP/s and OP/s 10^21,
    /// power 100 kW, voltage 10 kV, length 10 m.
    public static func maximum(of dimension: Dimension) -> Double {
        switch dimension {
        case .bytes: return 1_125_899_906_842_624  // 2^50
        case .bandwidth: return 1e15
        case .flops, .ops: return 1e21
        case .power: return 100e3
        case .voltage: return 10e3
        case .length: return 10
        }
    }

    /// The bound as people read it (`1 PiB`, `1 PB/s`…), for messages and `Docs/rules.md`.
    public static func maximumText(of dimension: Dimension) -> String {
        switch dimension {
        case .bytes: return "1 PiB"
        case .bandwidth: return "1 PB/s"
        case .flops: return "10^21 FLOP/s"
        case .ops: return "10^21 OP/s"
        case .power: return "100 kW"
        case .voltage: return "10 kV"
        case .length: return "10 m"
        }
    }

    /// Whether `value` (base units of `dimension`) is finite, not negative and within the bound.
    public static func isPossible(_ value: Double, _ dimension: Dimension) -> Bool {
        value.isFinite && value >= 0 && value <= maximum(of: dimension)
    }
}
