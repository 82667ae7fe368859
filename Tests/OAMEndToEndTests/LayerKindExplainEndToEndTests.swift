import Foundation
import OAMTestSupport
import Testing

/// `oam fit --explain` names the layer kinds its KV-cache figure counted, with the bytes
/// each kind adds.
@Suite struct LayerKindExplainEndToEndTests {
    static func explain(_ model: String) throws -> String {
        let result = try OAMProcess.run(["fit", model, "--chip", "h200-sxm", "--explain"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        return result.stdout
    }

    @Test func gemma3SlidingAndGlobal() throws {
        let text = try Self.explain("gemma-3-27b")
        #expect(text.contains("layer kinds counted: 10 full attention, 52 sliding-window (≤ 1024 tokens)"), "\(text)")
        #expect(text.contains("52 sliding-window layers keep at most 1024 tokens"), "\(text)")
    }

    @Test func qwen3NextLinearState() throws {
        let text = try Self.explain("qwen3-next")
        #expect(
            text.contains(
                "layer kinds counted: 12 full attention, 36 linear attention (Gated DeltaNet) (fixed state per sequence)"),
            "\(text)")
        // 36 × 548,864 elements × 2 B.
        #expect(text.contains("= 39,518,208 B per sequence, whatever its length"), "\(text)")
    }

    @Test func llama4Chunks() throws {
        let text = try Self.explain("llama-4-scout")
        #expect(text.contains("12 full attention, 36 chunked local attention (≤ 8192-token chunks)"), "\(text)")
    }

    @Test func deepSeekV32Indexer() throws {
        let text = try Self.explain("deepseek-v3.2")
        #expect(text.contains("61 full attention (sparse: top 2048 positions)"), "\(text)")
        // 61 × 132 B.
        #expect(text.contains("sparse-attention indexer: 61 layers × (128 FP8 + 4 fp32-scale) B = 8,052 B per token"), "\(text)")
    }
}
