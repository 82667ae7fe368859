/// Short human forms of figures for notes ("1159.5 TFLOP/s", "64 GB/s", "80 GiB").
public enum Format {
    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    public static func flops(_ value: Double) -> String { number(value / 1e12) + " TFLOP/s" }

    public static func bytesPerSecond(_ value: Double) -> String {
        value >= 1e12 ? number(value / 1e12) + " TB/s" : number(value / 1e9) + " GB/s"
    }

    public static func bytes(_ value: Double) -> String { number(value / Units.GiB) + " GiB" }

    /// A fraction rounded to three decimals (0.511).
    public static func fraction(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
