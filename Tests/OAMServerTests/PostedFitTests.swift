import Foundation
import Hummingbird
import HummingbirdTesting
import OAMTestSupport
import Testing

/// `POST /api/v1/fit` with a HuggingFace config.json equals `oam fit config.json --id …`,
/// and hostile bodies are refused with a clear error while the server keeps answering.
@Suite struct PostedFitTests {
    static let config = Fixtures.path("hf-configs/Qwen__Qwen3-8B.json")

    @Test func postedConfigEqualsTheCommandLine() async throws {
        let run = try OAMProcess.run([
            "fit", Self.config, "--id", "acme/qwen3-8b-copy", "--chip", "amd/mi300x", "--batch", "8", "--format", "json",
            "--registry", Fixtures.registry,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let body = try Data(contentsOf: URL(fileURLWithPath: Self.config))
        try await ServerHarness.withClient { client in
            try await client.execute(
                uri: "/api/v1/fit?id=acme/qwen3-8b-copy&chip=amd/mi300x&batch=8", method: .post,
                headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                let api = try ServerHarness.canonical(String(buffer: response.body))
                let cli = try ServerHarness.canonical(run.stdout)
                #expect(api == cli)
            }
        }
    }

    @Test func hostileBodiesAreRefused() async throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try await ServerHarness.withClient { client in
            // Malformed JSON: 400 with the position.
            try await client.execute(
                uri: "/api/v1/fit?id=a/b", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{\n  \"architectures\": [\"LlamaForCausalLM\",]\n}")
            ) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "invalid_body")
                #expect(error["line"] as? Int == 2)
            }
            // 10,000-deep nesting: 400, no crash.
            try await client.execute(
                uri: "/api/v1/fit?id=a/b", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: deep)
            ) { response in
                #expect(response.status == .badRequest)
            }
            // Over the cap: 413, before the body is read.
            try await client.execute(
                uri: "/api/v1/fit?id=a/b", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(repeating: UInt8(ascii: " "), count: (1 << 20) + 1)
            ) { response in
                #expect(response.status == .contentTooLarge)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "payload_too_large")
            }
            // Another media type: 415.
            try await client.execute(
                uri: "/api/v1/fit?id=a/b", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "{}")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            // No id: 400 naming it.
            try await client.execute(
                uri: "/api/v1/fit", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")
            ) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["parameter"] as? String == "id")
            }
            // Still up.
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
