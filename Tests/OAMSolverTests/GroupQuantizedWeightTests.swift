import OAMCore
import OAMSolver
import Testing

/// INT4 group-quantized checkpoints in compressed-tensors' pack-quantized layout (Kimi K2
/// Thinking): half a byte per weight, one scale per group, a 16-byte shape per matrix.
@Suite struct GroupQuantizedWeightTests {
    /// One 64 × 128 matrix in groups of 32 with bf16 scales: 64·128·0.5 = 4,096 B of
    /// weights, 64 rows · 128/32 groups · 2 B = 512 B of scales, 16 B of weight_shape.
    @Test func oneMatrix() {
        let layout = ScaleLayout.packedGroup(size: 32, bytes: 2)
        #expect(layout.bytes(rows: 64, cols: 128) == 512 + 16)
        let format = WeightFormat(name: "int4-g32", quantized: .int4, scales: layout, coverage: .experts, weightOnly: true)
        #expect(WeightTensor(.routedExperts, rows: 64, cols: 128).bytes(in: format) == 4_096 + 512 + 16)
        // Attention stays bf16 when only the experts are quantized: 64·128·2.
        #expect(WeightTensor(.attentionHeads, rows: 64, cols: 128).bytes(in: format) == 16_384)
    }

    /// A one-layer MoE (hidden 64, 4 experts of 32, 2 heads of 32, vocabulary 100, untied)
    /// whose descriptor names a compressed-tensors INT4 checkpoint, experts only.
    @Test func smallModelFromItsDescriptor() {
        let a = ModelArchitecture(
            hfArchitecture: "Test", layers: 1, hiddenSize: 64, vocabSize: 100, tieWordEmbeddings: false, maxContext: 1024,
            attention: .init(kind: .mha, heads: 2, kvHeads: 2, headDim: 32), mlp: nil,
            moe: .init(experts: 4, expertsPerToken: 1, expertIntermediateSize: 32))
        let quantization = ModelDescriptor.Quantization(
            method: "compressed-tensors", groupSize: 32, scaleDtype: "bf16", appliesTo: "experts")
        let model = ModelDescriptor(
            id: "test/int4", name: "int4", architecture: a, checkpoint: .init(dtype: "int4", quantization: quantization))
        let format = CheckpointFormat.format(of: model).format
        #expect(format.name == "int4-g32" && format.weightOnly)
        // Each expert matrix (gate and up: 32 × 64; down: 64 × 32) holds 2,048 weights:
        // 1,024 B packed + scales (32 rows · 2 groups or 64 rows · 1 group, × 2 B = 128 B)
        // + 16 B shape = 1,168 B; 4 experts × 3 matrices = 14,016 B.
        let experts = 4 * 3 * (1_024 + 128 + 16)
        // Everything else in bf16: q, k, v, o 4·64·64 = 16,384; router 4·64 = 256; two norms
        // 128; embedding and head 2·100·64 = 12,800; final norm 64: 29,632 × 2 B.
        let rest = (16_384 + 256 + 128 + 12_800 + 64) * 2
        #expect(ModelProfile(model: a, format: format).totalBytes == Double(experts + rest))
        #expect(experts + rest == 73_280)
    }

    /// Kimi K2 Thinking: 60 MoE layers × 384 experts × 3 matrices of 2,048 × 7,168 in INT4
    /// groups of 32 with bf16 scales; every other parameter in bf16 (the DeepSeek-V3
    /// score-correction bias in fp32).
    @Test func kimiK2ThinkingWeights() {
        let model = SolverFixtures.model("moonshotai/kimi-k2-thinking")
        let format = CheckpointFormat.format(of: model).format
        // One matrix: 2,048·7,168·0.5 = 7,340,032 B + 2,048·224 (or 7,168·64) scales · 2 B =
        // 917,504 B + 16 B = 8,257,552 B.
        let matrix = 7_340_032 + 917_504 + 16
        let experts = 60 * 384 * 3 * matrix
        // The rest: 1,026,408,232,448 − 60·384·3·2,048·7,168 = 11,722,208,768 parameters in
        // bf16, of which the 60 × 384 score-correction biases take 4 B instead of 2.
        let rest = 11_722_208_768 * 2 + 60 * 384 * 2
        #expect(experts == 570_761_994_240)
        #expect(ModelProfile(model: model.architecture, format: format).totalBytes == Double(experts + rest))
    }
}
