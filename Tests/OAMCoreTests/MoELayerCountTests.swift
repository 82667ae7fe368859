import OAMCore
import Testing

/// `ModelArchitecture.moeLayers(in:)`: the closed-form count of MoE layers in a range of layer
/// indices, worked out by hand and checked against `isMoELayer` layer by layer.
@Suite struct MoELayerCountTests {
    /// A model of `layers` layers with `dense` leading dense layers and a MoE layer every
    /// `interval` after them.
    static func model(layers: Int, dense: Int, interval: Int) -> ModelArchitecture {
        var moe = ModelArchitecture.MoE(experts: 8, expertsPerToken: 2, expertIntermediateSize: 64, denseLayers: dense)
        moe.interval = interval
        return ModelArchitecture(
            hfArchitecture: "Test", layers: layers, hiddenSize: 64, vocabSize: 100, tieWordEmbeddings: false, maxContext: 1024,
            attention: ModelArchitecture.Attention(kind: .gqa, heads: 8, kvHeads: 2, headDim: 8),
            mlp: ModelArchitecture.MLP(gated: true, intermediateSize: 128), moe: moe)
    }

    @Test func countsByHand() {
        // DeepSeek-V3's shape: 61 layers, the first 3 dense, every other one MoE: 58.
        let deepSeek = Self.model(layers: 61, dense: 3, interval: 1)
        #expect(deepSeek.moeLayers == 58)
        // Its pipeline stage 0..<16 holds layers 3…15 as MoE: 13; stage 16..<31: 15.
        #expect(deepSeek.moeLayers(in: 0..<16) == 13)
        #expect(deepSeek.moeLayers(in: 16..<31) == 15)
        // Llama 4 Maverick's shape: 48 layers, every other one MoE (i + 1 even): 24;
        // layers 5..<12 → i + 1 in 6…12 → 6, 8, 10, 12: 4.
        let maverick = Self.model(layers: 48, dense: 0, interval: 2)
        #expect(maverick.moeLayers == 24)
        #expect(maverick.moeLayers(in: 5..<12) == 4)
        // An interval of 3 after 4 dense layers, range 0..<10: i + 1 in 5…10 → 6, 9: 2.
        #expect(Self.model(layers: 10, dense: 4, interval: 3).moeLayers(in: 0..<10) == 2)
        // A range wholly inside the dense layers, an empty range.
        #expect(deepSeek.moeLayers(in: 0..<3) == 0)
        #expect(deepSeek.moeLayers(in: 7..<7) == 0)
    }

    @Test func agreesWithEveryLayer() {
        for interval in 1...4 {
            for dense in 0...5 {
                let a = Self.model(layers: 23, dense: dense, interval: interval)
                for lower in 0...23 {
                    for upper in lower...23 {
                        let visited = (lower..<upper).filter(a.isMoELayer).count
                        #expect(
                            a.moeLayers(in: lower..<upper) == visited, "interval \(interval), dense \(dense), \(lower)..<\(upper)"
                        )
                    }
                }
            }
        }
    }
}
