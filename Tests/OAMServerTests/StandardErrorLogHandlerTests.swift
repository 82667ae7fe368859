import Hummingbird
import HummingbirdTesting
import Logging
import OAMRegistry
import Synchronization
import Testing

@testable import OAMServer

/// `oam serve`'s log handler writes swift-log's `StreamLogHandler` line, and the access log
/// writes one such line per request.
@Suite struct StandardErrorLogHandlerTests {
    /// Lines a handler wrote, in order.
    final class Lines: Sendable {
        let all = Mutex<[String]>([])
        func append(_ line: String) { all.withLock { $0.append(line) } }
    }

    static func event(_ message: Logger.Message, metadata: Logger.Metadata? = nil) -> LogEvent {
        LogEvent(
            level: .info, message: message, metadata: metadata, source: "OAMServer", file: "OAMServer/X.swift",
            function: "f()", line: 1)
    }

    @Test func theLineIsStreamLogHandlers() {
        let handler = StandardErrorLogHandler(label: "oam.serve", sink: { _ in })
        #expect(
            handler.line(Self.event("GET /healthz 200 85 0.17ms"), time: "2026-12-03T17:37:19+0000")
                == "2026-12-03T17:37:19+0000 info oam.serve: [OAMServer] GET /healthz 200 85 0.17ms\n")
    }

    /// The handler's metadata, then the event's (a key in both takes the event's value), sorted
    /// by key and printed only when a line is written.
    @Test func metadataIsMergedSortedAndPrintedWithTheLine() {
        var handler = StandardErrorLogHandler(label: "oam.serve", sink: { _ in })
        handler[metadataKey: "hb.request.id"] = "7"
        handler[metadataKey: "b"] = "handler"
        #expect(
            handler.line(Self.event("m", metadata: ["b": "event", "a": "1"]), time: "T")
                == "T info oam.serve: a=1 b=event hb.request.id=7 [OAMServer] m\n")
    }

    /// `%Y-%m-%dT%H:%M:%S%z` in local time: 19 characters of date and time, then a sign and
    /// four digits of offset; the same second gives the same text, the next second another.
    @Test func theTimestampIsFormattedOncePerSecond() throws {
        let timestamp = LogTimestamp()
        let text = timestamp.text(second: 1_796_320_639)
        #expect(text == LogTimestamp.format(1_796_320_639))
        #expect(text.utf8.count == 24)
        #expect(try #/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}/#.wholeMatch(in: text) != nil)
        #expect(timestamp.text(second: 1_796_320_639) == text)
        #expect(timestamp.text(second: 1_796_320_640) != text)
    }

    /// Three requests, three access-log lines, each with method, path, status, bytes and a
    /// duration in ms.
    @Test func theAccessLogWritesOneLinePerRequest() async throws {
        let lines = Lines()
        let logger = Logger(label: "oam.serve") { StandardErrorLogHandler(label: $0, sink: lines.append) }
        let app = OAMServer(store: ServerHarness.store).application(logger: logger)
        try await app.test(.router) { client in
            _ = try await client.execute(uri: "/healthz", method: .get)
            _ = try await client.execute(uri: "/api/v1/accelerators", method: .get)
            _ = try await client.execute(uri: "/api/v1/nothing", method: .get)
        }
        let access = lines.all.withLock { $0 }.filter { $0.contains("[OAMServer]") }
        let expected = [
            #/ info oam\.serve: \[OAMServer\] GET /healthz 200 \d+ \d+\.\d\dms\n/#,
            #/ info oam\.serve: \[OAMServer\] GET /api/v1/accelerators 200 \d+ \d+\.\d\dms\n/#,
            #/ info oam\.serve: \[OAMServer\] GET /api/v1/nothing 404 \d+ \d+\.\d\dms\n/#,
        ]
        #expect(access.count == 3)
        for (line, pattern) in zip(access, expected) {
            #expect(try pattern.firstMatch(in: line) != nil, "\(line)")
        }
    }
}
