import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /api/v1/fit?assume=…`: the same grammar and messages as `oam fit --assume`, a bad
/// value a 400 in the API's error shape, a good one computing with the figure and marking
/// the verdict `assumed`.
@Suite struct AssumeRouteTests {
    static let question = "/api/v1/fit?model=meta-llama/llama-3.1-8b&chip=iluvatar/mr-v100&batch=8"

    @Test func assumedFiguresAreComputedWithAndMarked() async throws {
        try await ServerHarness.withClient { client in
            // `bf16=2x:fp16` and `bandwidth=1.5 TB/s` in one value, percent-encoded.
            let uri = Self.question + "&assume=bf16%3D2x%3Afp16%2Cbandwidth%3D1.5%20TB%2Fs"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let results = try #require(try ServerHarness.object(response.body)["results"] as? [[String: Any]])
                let result = try #require(results.first)
                #expect(result["evidence_tier"] as? String == "assumed")
                #expect(result["stated_evidence_tier"] as? String == "press")
                #expect(result["output_tokens_per_second"] is Double)
                let figures = try #require(result["assumed_figures"] as? [[String: Any]])
                #expect(figures.map { $0["figure"] as? String } == ["peak_dense.bf16", "memory.bandwidth"])
                // 2 × 96 TFLOPS = 1.92e14 FLOP/s; 1.5 TB/s = 1.5e12 B/s.
                #expect(figures.map { $0["value"] as? Double } == [1.92e14, 1.5e12])
                #expect(figures.map { $0["used"] as? Bool } == [true, true])
                #expect(figures.first?["basis"] as? String == "2 × peak_dense.fp16 96 TFLOPS")
            }
            try await client.execute(uri: Self.question, method: .get) { response in
                let results = try #require(try ServerHarness.object(response.body)["results"] as? [[String: Any]])
                #expect(results.first?["output_tokens_per_second"] is NSNull)
                let reasons = try #require(results.first?["reasons"] as? [String])
                #expect(reasons.contains { $0.contains("--assume bf16=NUMBER TFLOPS or --assume bf16=FACTORx:fp16") })
            }
        }
    }

    /// The fit page takes `assume` like the API, shows the tier `assumed` in its ranking and
    /// echoes the assumptions in its form, comma-separated; an empty field is not given.
    @Test func theFitPageTakesAssumptions() async throws {
        try await ServerHarness.withClient { client in
            let uri =
                "/fit?model=meta-llama/llama-3.1-8b&chip=iluvatar/mr-v100&assume=bf16%3D2x%3Afp16&assume=bandwidth%3D1.5%20TB%2Fs"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("<span class=\"tier-assumed\">assumed</span> (<span class=\"tier-press\">press</span>)"))
                #expect(body.contains("value=\"bf16=2x:fp16,bandwidth=1.5 TB/s\""))
                #expect(body.contains("assumed peak_dense.bf16 of iluvatar/mr-v100 = 192 TFLOPS per module"))
            }
            try await client.execute(uri: "/fit?model=meta-llama/llama-3.1-8b&assume=", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aBadAssumptionIs400WithItsColumn() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: Self.question + "&assume=int9%3D2x%3Afp16", method: .get) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "invalid_parameter")
                #expect(error["parameter"] as? String == "assume")
                #expect(
                    (error["message"] as? String)?.hasPrefix(
                        "--assume 'int9=2x:fp16': column 1: 'int9' is not a figure --assume fills; did you mean 'int4' or 'int8'?"
                    )
                        == true)
            }
            try await client.execute(uri: Self.question + "&assume=", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
