import Foundation
import OAMTestSupport
import Testing

extension ServeTimingTests {
    /// Posted bodies are bounded in time and size on the real binary, and an answer that ends a
    /// connection ends it: the server lets go of its socket instead of reading on.
    @Suite struct ServeRequestBodyEndToEndTests {
        /// A posted body whose 200 bytes arrive one every 0.2 s (each well within the idle
        /// timeout) is answered 408 `request_timeout` at the 1 s body deadline, with
        /// `Connection: close`, and the server lets go of the connection long before the body
        /// would be complete (40 s): on the API's two POST routes and on the validate page. The
        /// only place of `--max-concurrent 1` is free again for the next request.
        @Test func aTrickledBodyIsAnswered408AtTheBodyDeadline() throws {
            let deadline = 1.0
            let server = try ServedOAM(
                registry: Fixtures.registry,
                arguments: ["--body-timeout", String(deadline), "--idle-timeout", "30", "--max-concurrent", "1"])
            let routes = [
                ("/api/v1/validate", "application/yaml"), ("/api/v1/fit?id=acme/x&chip=amd/mi300x", "application/json"),
                ("/validate", "application/x-www-form-urlencoded"),
            ]
            for (path, mediaType) in routes {
                let connection = try LoopbackConnection(port: server.port, timeout: 15)
                let clientPort = connection.localPort
                let start = Date()
                connection.send(
                    "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(mediaType)\r\nContent-Length: 200\r\n\r\nk")
                let trickle = Thread {
                    for _ in 0..<199 {
                        Thread.sleep(forTimeInterval: 0.2)
                        guard connection.send([UInt8(ascii: "k")]) else { return }
                    }
                }
                trickle.start()
                // Returns when the server ends the connection (the receive timeout is 15 s).
                let response = connection.readToEnd()
                let seconds = Date().timeIntervalSince(start)
                let head = response.components(separatedBy: "\r\n\r\n").first ?? ""
                #expect(head.hasPrefix("HTTP/1.1 408"), "\(path): \(response.prefix(200))")
                #expect(head.lowercased().contains("connection: close"), "\(path): \(head)")
                if path.hasPrefix("/api/") { #expect(response.contains(#""code":"request_timeout""#), "\(path)") }
                #expect(seconds >= deadline - 0.1 && seconds < deadline + 5, "\(path): answered after \(seconds) s")
                #expect(Self.letsGo(of: clientPort, on: server.port, within: 2), "\(path): the server still holds the connection")
                let next = try LoopbackConnection.get(port: server.port, path: "/api/v1/accelerators/amd/mi300x")
                #expect(next.status == 200, "\(path)")
            }
            server.signal(SIGTERM)
            #expect(server.exitStatus(within: 15) == 0)
        }

        /// A chunked body (no Content-Length) that passes the 1 MiB cap is answered 413
        /// `payload_too_large` with `Connection: close`, not 500, and the server ends the
        /// connection at once instead of reading the rest of the upload.
        @Test func aChunkedBodyOverTheCapIsAnswered413() throws {
            let server = try ServedOAM(registry: Fixtures.registry)
            let connection = try LoopbackConnection(port: server.port, timeout: 15)
            let clientPort = connection.localPort
            let start = Date()
            connection.send(
                "POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n")
            // 1 MiB and 64 KiB of comment lines in 64 KiB chunks; the upload then stays open.
            let chunk = Array(
                String(repeating: "# padding padding padding padding padding padding padding pad\n", count: 1024).utf8)
            for _ in 0..<17 {
                guard
                    connection.send(Array(String(chunk.count, radix: 16).utf8) + Array("\r\n".utf8) + chunk + Array("\r\n".utf8))
                else { break }
            }
            let response = connection.readToEnd()
            // At once, not at the 10 s idle timeout that would end a connection left open.
            #expect(Date().timeIntervalSince(start) < 3, "the answer ended after \(Date().timeIntervalSince(start)) s")
            let head = response.components(separatedBy: "\r\n\r\n").first ?? ""
            #expect(head.hasPrefix("HTTP/1.1 413"), "\(response.prefix(300))")
            #expect(head.lowercased().contains("connection: close"), "\(head)")
            #expect(response.contains(#""code":"payload_too_large""#))
            #expect(Self.letsGo(of: clientPort, on: server.port, within: 2), "the server still holds the connection")
            server.signal(SIGTERM)
            #expect(server.exitStatus(within: 15) == 0)
        }

        /// Whether the server lets go of its end of the connection from `clientPort` within
        /// `seconds`.
        static func letsGo(of clientPort: Int, on serverPort: Int, within seconds: Double) -> Bool {
            let start = Date()
            while Date().timeIntervalSince(start) < seconds {
                if !LoopbackConnection.serverHoldsConnection(serverPort: serverPort, clientPort: clientPort) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }
}
