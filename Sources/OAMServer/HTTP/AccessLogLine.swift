/// The text of one access-log line: `GET /healthz 200 153 0.42ms`, `-` for a body of
/// unknown length (a streamed one).
enum AccessLogLine {
    static func text(method: String, path: String, status: Int, bytes: Int?, elapsed: Duration) -> String {
        "\(method) \(path) \(status) \(bytes.map(String.init) ?? "-") \(milliseconds(elapsed))ms"
    }

    /// `elapsed` in ms with two decimals, rounded half up, from integers: `String(format:)`
    /// goes through Foundation's formatter, a measurable part of a small request's cost.
    static func milliseconds(_ elapsed: Duration) -> String {
        // 1 ms = 10^15 attoseconds; hundredths of a millisecond are 10^13 attoseconds.
        let (seconds, attoseconds) = elapsed.components
        let hundredths = max(0, seconds) * 100_000 + max(0, attoseconds + 5_000_000_000_000) / 10_000_000_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
