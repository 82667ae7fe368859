import Foundation
import OAMTestSupport
import Testing

/// Signals on the real `oam serve`: SIGTERM and SIGINT stop it gracefully (a request in
/// flight is answered in full, new connections are refused, exit status 0); SIGHUP reloads
/// the registry, and a registry with errors is refused with its diagnostics logged while the
/// old one keeps serving.
@Suite struct ServeSignalsEndToEndTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func stopSignalLetsTheRequestInFlightFinish(signal: Int32) throws {
        let server = try ServedOAM(registry: Fixtures.registry)
        let config = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("hf-configs/Qwen__Qwen3-8B.json"))))
        // A posted fit whose body arrives in two parts, the signal in between: the request is in
        // flight (its head read, its body not) when the server is told to stop.
        let connection = try LoopbackConnection(port: server.port, timeout: 30)
        connection.send(
            "POST /api/v1/fit?id=acme/qwen3-8b-copy&chip=amd/mi300x&batch=8 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(config.count)\r\n\r\n")
        connection.send(config.prefix(config.count / 2))
        Thread.sleep(forTimeInterval: 0.5)
        server.signal(signal)
        Thread.sleep(forTimeInterval: 1)
        #expect(server.process.isRunning, "the server exited with a request in flight")
        // Stopping: no new connection is accepted.
        #expect(throws: LoopbackConnection.SocketError.self) { _ = try LoopbackConnection(port: server.port) }

        connection.send(config.suffix(from: config.count / 2))
        let response = connection.readToEnd()
        #expect(response.hasPrefix("HTTP/1.1 200"), "\(response.prefix(300))")
        let body = response.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        #expect(object?["model"] != nil, "\(body.prefix(300))")
        #expect(server.exitStatus(within: 15) == 0, "\(server.log)")
    }

    @Test func hangupReloadsAndARegistryWithErrorsIsRefused() throws {
        let folder = try TemporaryRegistry(copying: Fixtures.registry)
        let server = try ServedOAM(registry: folder.path)
        let first = try Self.health(server)
        #expect(try Self.tdp(server) == 750)

        // A valid edit: SIGHUP swaps it in.
        try folder.write("accelerators/amd/mi300x.yaml", replacing: "tdp: 750 W", with: "tdp: 760 W")
        server.signal(SIGHUP)
        let second = try Self.waitForRevision(server, other: first)
        #expect(second != first)
        #expect(try Self.tdp(server) == 760)

        // A bandwidth where a power belongs is an error: refused, logged with its position,
        // and the last good registry keeps serving.
        try folder.write("accelerators/amd/mi300x.yaml", replacing: "tdp: 760 W", with: "tdp: 770 TB/s")
        server.signal(SIGHUP)
        let deadline = Date().addingTimeInterval(60)
        while !server.log.contains("reload refused"), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(server.log.contains("reload refused"))
        let diagnostic = server.log.split(separator: "\n").first { $0.contains("mi300x.yaml:") && $0.contains("error:") }
        #expect(diagnostic != nil, "\(server.log.suffix(2000))")
        #expect(try Self.health(server) == second)
        #expect(try Self.tdp(server) == 760)

        server.signal(SIGTERM)
        #expect(server.exitStatus(within: 15) == 0)
    }

    /// The revision `/healthz` reports.
    private static func health(_ server: ServedOAM) throws -> String {
        let answer = try LoopbackConnection.get(port: server.port, path: "/healthz")
        let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
        return try #require(object?["revision"] as? String)
    }

    /// The served MI300X's `tdp_watts`.
    private static func tdp(_ server: ServedOAM) throws -> Double? {
        let answer = try LoopbackConnection.get(port: server.port, path: "/api/v1/accelerators/amd/mi300x")
        let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
        return object?["tdp_watts"] as? Double
    }

    /// Polls `/healthz` (at most 60 s: a reload reads and validates the whole registry) until
    /// the revision is no longer `other`.
    private static func waitForRevision(_ server: ServedOAM, other: String) throws -> String {
        let deadline = Date().addingTimeInterval(60)
        var revision = other
        while revision == other, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            revision = try health(server)
        }
        return revision
    }
}
