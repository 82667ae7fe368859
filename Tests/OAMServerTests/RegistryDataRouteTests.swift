import Foundation
import Hummingbird
import HummingbirdTesting
import OAMHost
import OAMRegistry
import OAMServer
import OAMTestSupport
import Testing

/// `GET /api/v1/adapters` and `GET /api/v1/export`: the bodies of `oam adapters --format json`
/// and `oam export`, with entity tags, and the refusals.
@Suite struct RegistryDataRouteTests {
    /// Waits (at most 30 s) for the first adapter discovery, which runs in the background.
    static func waitForAdapters(_ store: RegistryStore) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while !store.adapters.isReady, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(store.adapters.isReady, "adapter discovery did not finish within 30 s")
    }

    @Test func adaptersEqualTheCommandLine() async throws {
        let run = try OAMProcess.run(["adapters", "--format", "json", "--registry", Fixtures.registry])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        try await Self.waitForAdapters(ServerHarness.store)
        try await ServerHarness.withClient { client in
            let etag = try await client.execute(uri: "/api/v1/adapters", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(try ServerHarness.canonical(String(buffer: response.body)) == ServerHarness.canonical(run.stdout))
                let listings = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [[String: Any]])
                // Every in-tree adapter (a folder under Plugins/ each) is listed.
                let plugins = try FileManager.default.contentsOfDirectory(
                    atPath: Fixtures.repositoryRoot.appendingPathComponent("Plugins").path)
                #expect(
                    listings.filter { $0["kind"] as? String == "in-tree" }.count == plugins.filter { !$0.hasPrefix(".") }.count)
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/api/v1/adapters", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/api/v1/adapters?vendor=amd", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// Until the first discovery ends the route says so with 503 and `Retry-After`, instead
    /// of waiting for an adapter or answering a partial list.
    @Test func adaptersBeforeDiscoveryAreNotReady() async throws {
        let slow = try TemporaryRegistry()
        // An out-of-tree adapter that answers nothing until the test opens its gate (a file):
        // discovery is still running below, however slowly a loaded machine starts the server
        // (a full parallel run once took over 60 s to the first request; the gate ends it).
        let gate = slow.path + "/gate"
        try slow.write(
            "oam-adapter-slowpoke", contents: "#!/bin/sh\nwhile [ ! -e '\(gate)' ]; do sleep 0.05; done\nexit 1\n")
        let executable = slow.path + "/oam-adapter-slowpoke"
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: executable)
        let store = RegistryStore(
            registry: RegistryLoader().load(paths: [Fixtures.registry]), path: Fixtures.registry,
            adapters: AdapterStore(
                locator: ExecutableLocator(adapterPaths: [slow.path], environment: ["PATH": ""]),
                limits: BoundedProcess.Limits(timeout: 600)))
        try await ServerHarness.withClient(store: store) { client in
            try await client.execute(uri: "/api/v1/adapters", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "1")
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "not_ready")
            }
            // Serving does not wait for the discovery.
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
        try slow.write("gate", contents: "")
        try await Self.waitForAdapters(store)
        try await ServerHarness.withClient(store: store) { client in
            try await client.execute(uri: "/api/v1/adapters", method: .get) { response in
                #expect(response.status == .ok)
                let listings = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [[String: Any]])
                let slowpoke = try #require(listings.first { $0["id"] as? String == "slowpoke" })
                #expect(slowpoke["kind"] as? String == "out-of-tree")
                #expect(slowpoke["problem"] is [String: Any])
            }
        }
    }

    @Test func exportEqualsTheCommandLine() async throws {
        let json = try OAMProcess.run(["export", "--format", "json", "--registry", Fixtures.registry])
        let csv = try OAMProcess.run(["export", "--format", "csv", "--registry", Fixtures.registry])
        #expect(json.status == 0 && csv.status == 0, "\(json.stderr) \(csv.stderr)")
        try await ServerHarness.withClient { client in
            for uri in ["/api/v1/export", "/api/v1/export?format=json"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json")
                    #expect(response.headers[.eTag] != nil)
                    #expect(String(buffer: response.body) == json.stdout)
                }
            }
            let etag = try await client.execute(uri: "/api/v1/export?format=csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(String(buffer: response.body) == csv.stdout)
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/api/v1/export?format=csv", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/api/v1/export?format=xml", method: .get) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["parameter"] as? String == "format")
                #expect((error["message"] as? String)?.hasSuffix("allowed: json, csv") == true)
            }
        }
    }
}
