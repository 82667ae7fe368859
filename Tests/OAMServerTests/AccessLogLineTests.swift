import Testing

@testable import OAMServer

/// The access log's line, and its duration written with two decimals from integers.
@Suite struct AccessLogLineTests {
    @Test func theLineNamesMethodPathStatusBytesAndDuration() {
        #expect(
            AccessLogLine.text(method: "GET", path: "/healthz", status: 200, bytes: 153, elapsed: .microseconds(420))
                == "GET /healthz 200 153 0.42ms")
        #expect(
            AccessLogLine.text(method: "POST", path: "/api/v1/fit", status: 400, bytes: nil, elapsed: .milliseconds(12))
                == "POST /api/v1/fit 400 - 12.00ms")
    }

    /// 1.234 ms → 1.23; 1.235 ms → 1.24 (half up); 9.996 ms → 10.00 (the carry reaches the
    /// whole milliseconds); 2.5 s → 2500.00; 5 µs → 0.01; 4 µs → 0.00.
    @Test func millisecondsAreRoundedToHundredths() {
        #expect(AccessLogLine.milliseconds(.nanoseconds(1_234_000)) == "1.23")
        #expect(AccessLogLine.milliseconds(.nanoseconds(1_235_000)) == "1.24")
        #expect(AccessLogLine.milliseconds(.nanoseconds(9_996_000)) == "10.00")
        #expect(AccessLogLine.milliseconds(.milliseconds(2500)) == "2500.00")
        #expect(AccessLogLine.milliseconds(.microseconds(5)) == "0.01")
        #expect(AccessLogLine.milliseconds(.microseconds(4)) == "0.00")
        #expect(AccessLogLine.milliseconds(.zero) == "0.00")
    }
}
