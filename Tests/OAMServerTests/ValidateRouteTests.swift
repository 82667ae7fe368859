import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OAMServer
import OAMTestSupport
import Testing

/// `POST /api/v1/validate`: the findings of `oam validate --format json` for the posted file,
/// checked as if added to or replacing a file in the served registry; and its refusals.
@Suite struct ValidateRouteTests {
    static let mi300x = "accelerators/amd/mi300x.yaml"

    /// MI300X with a TDP that is not a power (a per-file rule) and the alias of another module
    /// (a registry-wide rule, which needs the rest of the registry).
    static func brokenMI300X() throws -> String {
        let text = try String(contentsOfFile: Fixtures.registry + "/" + mi300x, encoding: .utf8)
        #expect(text.contains("tdp: 750 W") && text.contains("aliases: [mi300x]"))
        return text.replacingOccurrences(of: "tdp: 750 W", with: "tdp: 5 TB").replacingOccurrences(
            of: "aliases: [mi300x]", with: "aliases: [mi300x, mi325x]")
    }

    static func post(
        _ client: some TestClientProtocol, _ text: String, query: String = "",
        headers: HTTPFields = [.contentType: "application/yaml"],
        _ check: @escaping @Sendable (TestResponse) async throws -> Void
    ) async throws {
        try await client.execute(
            uri: "/api/v1/validate" + query, method: .post, headers: headers, body: ByteBuffer(string: text), testCallback: check)
    }

    /// A JSON object without one member, canonical, for comparing the API's answer (which adds
    /// `location`) with the CLI's.
    static func canonical(_ text: String, removing key: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        object[key] = nil
        return try ServerHarness.canonical(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }

    /// Replacing a registry file: the answer equals `oam validate --registry . PATH --format json`
    /// run in a copy of the registry where the file holds the posted text, cross-file finding included.
    @Test func replacedFileEqualsTheCommandLine() async throws {
        let text = try Self.brokenMI300X()
        let copy = try TemporaryRegistry(copying: Fixtures.registry)
        try copy.write(Self.mi300x, contents: text)
        let json = try OAMProcess.run(["validate", "--format", "json", "--registry", ".", Self.mi300x], in: copy.path)
        let sarif = try OAMProcess.run(["validate", "--format", "sarif", "--registry", ".", Self.mi300x], in: copy.path)
        #expect(json.status == 1, "\(json.stderr)")
        #expect(json.stdout.contains("tdp") && json.stdout.contains("unique-alias"))
        try await ServerHarness.withClient { client in
            try await Self.post(client, text, query: "?path=\(Self.mi300x)") { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(response.headers[.cacheControl] == "no-store")
                let body = String(buffer: response.body)
                #expect(try Self.canonical(body, removing: "location") == ServerHarness.canonical(json.stdout))
                let location = try #require(try ServerHarness.object(response.body)["location"] as? [String: Any])
                #expect(location["path"] as? String == Self.mi300x)
                #expect(location["skipped_rules"] as? [String] == [])
            }
            try await Self.post(
                client, text, query: "?path=\(Self.mi300x)",
                headers: [.contentType: "application/yaml; charset=utf-8", .accept: "application/sarif+json"]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/sarif+json")
                var api = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                var runs = try #require(api["runs"] as? [[String: Any]])
                var properties = try #require(runs[0]["properties"] as? [String: Any])
                #expect((properties["location"] as? [String: Any])?["path"] as? String == Self.mi300x)
                properties["location"] = nil
                runs[0]["properties"] = properties
                api["runs"] = runs
                let apiText = String(decoding: try JSONSerialization.data(withJSONObject: api), as: UTF8.self)
                #expect(try ServerHarness.canonical(apiText) == ServerHarness.canonical(sarif.stdout))
            }
        }
    }

    /// Without a path the descriptor is added under a placeholder name: a duplicate id is found
    /// against the registry, `path-matches-id` is skipped and the answer names it; everything
    /// else equals the CLI's findings for the same text added as a new file.
    @Test func addedWithoutPathSkipsTheLocationRules() async throws {
        let text = try String(contentsOfFile: Fixtures.registry + "/" + Self.mi300x, encoding: .utf8)
        let copy = try TemporaryRegistry(copying: Fixtures.registry)
        try copy.write("descriptor.yaml", contents: text)
        let run = try OAMProcess.run(["validate", "--format", "json", "--registry", ".", "descriptor.yaml"], in: copy.path)
        let cli = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let cliDiagnostics = try #require(cli["diagnostics"] as? [[String: Any]])
        #expect(cliDiagnostics.contains { $0["rule"] as? String == "path-matches-id" })
        #expect(cliDiagnostics.contains { $0["rule"] as? String == "unique-id" })
        let expected = try cliDiagnostics.filter { $0["rule"] as? String != "path-matches-id" }.map {
            try ServerHarness.canonical(String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self))
        }
        try await ServerHarness.withClient { client in
            try await Self.post(client, text) { response in
                #expect(response.status == .ok)
                let body = try ServerHarness.object(response.body)
                let location = try #require(body["location"] as? [String: Any])
                #expect(location["path"] is NSNull)
                #expect(location["skipped_rules"] as? [String] == ["path-matches-id"])
                let diagnostics = try #require(body["diagnostics"] as? [[String: Any]])
                let api = try diagnostics.map {
                    try ServerHarness.canonical(String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self))
                }
                #expect(api == expected)
                #expect(body["errors"] as? Int == diagnostics.count { $0["severity"] as? String == "error" })
            }
            // The shipped file at its own path: no errors (its one warning is the registry's
            // own: the OAM family's power envelope is not public), nothing skipped.
            try await Self.post(client, text, query: "?path=\(Self.mi300x)") { response in
                let body = try ServerHarness.object(response.body)
                #expect(body["errors"] as? Int == 0)
                let rules = (body["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
                #expect(rules == ["spec-unchecked"])
                #expect((body["location"] as? [String: Any])?["skipped_rules"] as? [String] == [])
            }
            // An alias another module already has, on a file that sorts first: a full run of the
            // registry with the file added reports the repeat on the later file, and so does this.
            try await Self.post(
                client, "kind: accelerator\nid: acme/x1\nname: Acme X1\nvendor: acme\naliases: [h100]\n",
                query: "?path=accelerators/acme/x1.yaml"
            ) { response in
                let diagnostics = try #require(try ServerHarness.object(response.body)["diagnostics"] as? [[String: Any]])
                #expect(
                    diagnostics.contains {
                        $0["rule"] as? String == "unique-alias" && $0["file"] as? String == "accelerators/nvidia/h100-sxm.yaml"
                            && ($0["message"] as? String)?.contains("accelerators/acme/x1.yaml") == true
                    })
                // What the registry had before is not repeated.
                #expect(!diagnostics.contains { ($0["file"] as? String)?.hasPrefix("accelerators/amd/") == true })
            }
            // The same text at another path: path-matches-id runs and names the right place.
            try await Self.post(client, text, query: "?path=accelerators/amd/mi300.yaml") { response in
                let body = try ServerHarness.object(response.body)
                let rules = (body["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
                #expect(rules.contains("path-matches-id"))
                #expect(rules.contains("unique-id"))
            }
        }
    }

    @Test func refusals() async throws {
        try await ServerHarness.withClient { client in
            for path in ["../x1.yaml", "/etc/x1.yaml", "%2e%2e/x1.yaml", "accelerators//x1.yaml", "accelerators/acme/x1.txt"] {
                try await Self.post(client, "kind: model\n", query: "?path=\(path)") { response in
                    #expect(response.status == .badRequest, "\(path)")
                    let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                    #expect(error["code"] as? String == "invalid_parameter")
                    #expect(error["parameter"] as? String == "path")
                }
            }
            try await Self.post(client, "kind: model\n", query: "?file=x.yaml") { response in
                #expect(response.status == .badRequest)
            }
            try await Self.post(client, "kind: model\n", headers: [.contentType: "application/json"]) { response in
                #expect(response.status == .unsupportedMediaType)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "unsupported_media_type")
            }
            try await Self.post(client, "kind: model\n", headers: [.contentType: "application/yaml", .accept: "text/html"]) {
                response in
                #expect(response.status == .notAcceptable)
            }
            try await client.execute(
                uri: "/api/v1/validate", method: .post, headers: [.contentType: "application/yaml"],
                body: ByteBuffer(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1)
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            // A syntax error is a text that cannot be read: 400 with the position.
            try await Self.post(client, "kind: model\nid: \"unclosed\n") { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "invalid_body")
                #expect(error["line"] as? Int != nil)
                #expect((error["message"] as? String)?.contains("[yaml-syntax]") == true)
            }
            try await client.execute(uri: "/api/v1/validate", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    @Test func preflightAllowsPostWithAYAMLBody() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(
                uri: "/api/v1/validate", method: .options,
                headers: [
                    .origin: "https://example.org", .accessControlRequestMethod: "POST",
                    .accessControlRequestHeaders: "content-type",
                ]
            ) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlAllowMethods]?.contains("POST") == true)
                #expect(response.headers[.accessControlAllowHeaders]?.lowercased().contains("content-type") == true)
                #expect(response.headers[.accessControlAllowCredentials] == nil)
            }
        }
    }

    /// Over real loopback HTTP: an alias bomb and 10,000-deep nesting are refused with the
    /// position in at most 100 ms each. Each is the best of five tries, each try sending and
    /// reading the whole request. On a machine so loaded that a harmless body of the same
    /// shape and size (the bomb's keys holding plain lists; one flat list of 10,000 items),
    /// timed the same way in the same tries, takes longer than that, the refusal may take at
    /// most three times the harmless body instead: still far from what expanding the bomb
    /// (10⁹ nodes) or recursing 10,000 levels would cost, but not failed by the load alone
    /// (a full debug test run on two cores can slow every request past 100 ms).
    @Test func hostileYAMLIsRefusedQuicklyOverHTTP() async throws {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        let lols = Array(repeating: "\"lol\"", count: 9).joined(separator: ",")
        var bomb = "a: &a [\(lols)]\n"
        var plain = "a: [\(lols)]\n"
        for level in 1..<names.count {
            bomb +=
                "\(names[level]): &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ",")
                + "]\n"
            plain += "\(names[level]): [\(lols)]\n"
        }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let flat = "[" + Array(repeating: "1", count: 10_000).joined(separator: ",") + "]"
        // Both are refused on line 1: the bomb at its first anchor, the nesting at the first
        // level past the reader's depth limit (64).
        let cases = [(hostile: bomb, harmless: plain), (hostile: deep, harmless: flat)]
        var logger = Logger(label: "oam.serve.test")
        logger.logLevel = .warning
        let app = OAMServer(store: ServerHarness.store).application(logger: logger)
        try await app.test(.live) { client in
            func validate(_ body: String, _ check: @escaping (TestResponse) async throws -> Void) async throws -> Double {
                try await Self.seconds {
                    try await client.execute(
                        uri: "/api/v1/validate", method: .post, headers: [.contentType: "application/yaml"],
                        body: ByteBuffer(string: body), testCallback: check)
                }
            }
            for (hostile, harmless) in cases {
                var best = Double.infinity
                var baseline = Double.infinity
                for _ in 0..<5 {
                    best = min(
                        best,
                        try await validate(hostile) { response in
                            #expect(response.status == .badRequest)
                            let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                            #expect(error["code"] as? String == "invalid_body")
                            #expect(error["line"] as? Int == 1)
                            #expect((error["column"] as? Int ?? 0) >= 1)
                        })
                    // Parsed in full and answered with its diagnostics, not refused.
                    baseline = min(baseline, try await validate(harmless) { #expect($0.status == .ok) })
                }
                #expect(best <= max(0.1, 3 * baseline), "best of five: \(best) s; harmless body of the same size: \(baseline) s")
            }
        }
    }

    /// Wall-clock seconds `work` takes.
    static func seconds(_ work: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await work()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
