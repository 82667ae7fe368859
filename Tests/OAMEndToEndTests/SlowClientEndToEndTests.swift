import Foundation
import OAMTestSupport
import Testing

extension ServeTimingTests {
    /// Slow clients cannot take `oam serve` down: with 1,000 loopback connections open, half of
    /// them sending their request head a byte a second, `/healthz` answers within 1 s, the slow
    /// connections are cut off at the header deadline, the fast ones are answered, and the
    /// server stays under 200 MB resident. A client that stops reading its answers is closed at
    /// the write timeout, one that reads slowly but steadily is not.
    @Suite struct SlowClientEndToEndTests {
        /// The header deadline the server runs with (`--idle-timeout`), in seconds: short, to keep
        /// the test's run time bounded (the default is 10 s).
        static let headerDeadline = 2.0

        @Test func slowHeadersAreCutOffWhileHealthAnswersWithinASecond() throws {
            // 1,000 client sockets here and 1,000 accepted ones in the server, which inherits the limit.
            try FileDescriptorLimit.raise(to: 4096)
            let server = try ServedOAM(registry: Fixtures.registry, arguments: ["--idle-timeout", String(Self.headerDeadline)])
            let head = Array("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)

            // Even connections trickle the head a byte a second; odd ones send a whole request at once.
            var slow: [(connection: LoopbackConnection, opened: Date)] = []
            var fast: [LoopbackConnection] = []
            for index in 0..<1000 {
                let connection = try LoopbackConnection(port: server.port, timeout: 5)
                if index.isMultiple(of: 2) {
                    slow.append((connection, Date()))
                    connection.send(head.prefix(1))
                } else {
                    fast.append(connection)
                    connection.send(head)
                }
            }

            // Runs until every slow connection should have passed its deadline, with a margin for
            // a loaded machine: trickle a byte a second, check /healthz every 0.2 s, watch memory.
            var sentBytes = 1
            var closedAfter: [Int: Double] = [:]
            var healthSeconds: [Double] = []
            var peakResident = 0
            let start = Date()
            var lastTrickle = start
            while Date().timeIntervalSince(start) < Self.headerDeadline + 4, closedAfter.count < slow.count {
                if Date().timeIntervalSince(lastTrickle) >= 1 {
                    lastTrickle = Date()
                    for (index, client) in slow.enumerated() where closedAfter[index] == nil {
                        client.connection.send(head[sentBytes...sentBytes])
                    }
                    sentBytes += 1
                }
                for (index, client) in slow.enumerated() where closedAfter[index] == nil && client.connection.isClosedByPeer {
                    closedAfter[index] = Date().timeIntervalSince(client.opened)
                }
                let health = try LoopbackConnection.get(port: server.port, path: "/healthz", timeout: 5)
                #expect(health.status == 200)
                healthSeconds.append(health.seconds)
                peakResident = max(peakResident, server.residentBytes ?? 0)
                Thread.sleep(forTimeInterval: 0.2)
            }

            // No slow client ever completed its head, and every one was cut off.
            #expect(sentBytes < head.count)
            #expect(closedAfter.count == slow.count, "\(slow.count - closedAfter.count) slow connections still open")
            #expect((closedAfter.values.min() ?? 0) >= Self.headerDeadline - 0.5)
            // Every fast client was answered.
            let answered = fast.filter { $0.readToEnd().hasPrefix("HTTP/1.1 200") }.count
            #expect(answered == fast.count)
            #expect(healthSeconds.count >= 10)
            #expect((healthSeconds.max() ?? 99) < 1, "slowest /healthz: \(healthSeconds.max() ?? 0) s")
            #expect(peakResident > 0 && peakResident < 200 * 1024 * 1024, "peak resident memory \(peakResident) bytes")
            server.signal(SIGTERM)
            #expect(server.exitStatus(within: 15) == 0)
        }

        /// A client that asks for the 206 KB catalog a hundred times in one go and reads nothing
        /// (a 4 KiB receive buffer: the answers fill the kernel's buffers and the server's writes
        /// stall with requests in flight, which the idle timeout does not cut off) is closed at
        /// the write timeout: the server lets go of its end of the connection with megabytes
        /// still unsent. A client that reads two catalogs at 16 KiB every 0.25 s (64 KB/s, 6 s in
        /// all, three times the bound) gets every byte (the kernel takes both answers at once on
        /// loopback, so this shows the bound spares a reader; `StalledWriteHandlerTests` shows
        /// how progress is counted), and SIGTERM with a stalled client connected ends the server
        /// within the bound.
        @Test func aClientThatStopsReadingIsClosedAtTheWriteTimeout() throws {
            let bound = 2.0
            let server = try ServedOAM(
                registry: Fixtures.registry, arguments: ["--write-timeout", String(bound), "--idle-timeout", "30"])
            let request = "GET /api/v1/accelerators HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

            let stalled = try LoopbackConnection(port: server.port, timeout: 15, receiveBuffer: 4096)
            let start = Date()
            stalled.send(String(repeating: request, count: 100))
            let clientPort = stalled.localPort
            Thread.sleep(forTimeInterval: 0.5)
            #expect(LoopbackConnection.serverHoldsConnection(serverPort: server.port, clientPort: clientPort))
            var closedAfter: Double?
            while closedAfter == nil, Date().timeIntervalSince(start) < bound + 6 {
                if !LoopbackConnection.serverHoldsConnection(serverPort: server.port, clientPort: clientPort) {
                    closedAfter = Date().timeIntervalSince(start)
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            #expect(closedAfter != nil, "the server still holds a client that reads nothing")
            #expect((closedAfter ?? 0) >= bound - 0.5, "closed after \(closedAfter ?? 0) s")

            let slow = try LoopbackConnection(port: server.port, timeout: 15, receiveBuffer: 4096)
            slow.send(request + request.replacingOccurrences(of: "\r\n\r\n", with: "\r\nConnection: close\r\n\r\n"))
            let slowStart = Date()
            let received = slow.readToEnd(pausing: 0.25, every: 16_384)
            let slowSeconds = Date().timeIntervalSince(slowStart)
            #expect(slowSeconds > 2 * bound, "the slow reader finished in \(slowSeconds) s")
            #expect(received.components(separatedBy: "HTTP/1.1 200").count - 1 == 2)
            #expect(received.utf8.count > 2 * 206_000, "\(received.utf8.count) bytes")
            #expect(try LoopbackConnection.get(port: server.port, path: "/healthz").status == 200)

            // SIGTERM waits for in-flight answers, but not for one that cannot move: a stalled
            // client holds the shutdown up to the bound, not for ever.
            let holdsShutdown = try LoopbackConnection(port: server.port, timeout: 15, receiveBuffer: 4096)
            holdsShutdown.send(String(repeating: request, count: 100))
            Thread.sleep(forTimeInterval: 0.5)
            server.signal(SIGTERM)
            #expect(server.exitStatus(within: bound + 5) == 0)
        }
    }
}
