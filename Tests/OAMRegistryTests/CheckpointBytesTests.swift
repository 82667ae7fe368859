import OAMCore
import Testing

/// Checkpoint sizes: the published safetensors totals follow exactly from the imported
/// architectures, which is the strongest check that the shapes are right.
@Suite struct CheckpointBytesTests {
    /// BF16 totals published in the safetensors indexes.
    static let bf16: [(fixture: String, bytes: Int)] = [
        ("meta-llama__Llama-3.1-8B", 16_060_522_496),
        ("meta-llama__Llama-3.1-70B", 141_107_412_992),
        ("meta-llama__Llama-3.2-3B", 6_425_499_648),
        ("Qwen__Qwen2.5-7B", 15_231_233_024),
        ("Qwen__Qwen2.5-72B", 145_412_407_296),
        ("Qwen__Qwen3-8B", 16_381_470_720),
        ("Qwen__Qwen3-32B", 65_524_246_528),
        ("Qwen__Qwen3-30B-A3B", 61_064_245_248),
        ("Qwen__Qwen3-235B-A22B", 470_187_269_120),
        ("mistralai__Mixtral-8x7B-v0.1", 93_405_585_408),
        ("mistralai__Mixtral-8x22B-v0.1", 281_241_268_224),
        ("mistralai__Mistral-7B-v0.3", 14_496_047_104),
    ]

    @Test func bf16CheckpointsAreTwoBytesPerParameter() throws {
        for (fixture, bytes) in Self.bf16 {
            let imported = try HFFixtures.imported(fixture)
            #expect(imported.checkpoint.dtype == "bf16", "\(fixture)")
            #expect(2 * imported.architecture.parameters.total == bytes, "\(fixture)")
        }
    }

    /// Fixtures whose shipped descriptor is an unquantized BF16 checkpoint with known bytes.
    static let shippedBF16: [String] = HFFixtures.names.filter { name in
        guard let checkpoint = HFFixtures.shipped(name)?.checkpoint else { return false }
        return checkpoint.dtype == "bf16" && checkpoint.quantization == nil && checkpoint.bytes != nil
    }

    /// Every fixture has its shipped descriptor, and the BF16 ones with known bytes are the
    /// checkpoints of the table above (each then checked below).
    @Test func everyFixtureIsShipped() {
        for name in HFFixtures.names { #expect(HFFixtures.shipped(name) != nil, "\(name)") }
        #expect(!Self.shippedBF16.isEmpty)
    }

    /// Every shipped BF16 descriptor with known bytes carries exactly 2 × parameters.
    @Test(arguments: shippedBF16)
    func shippedBF16BytesMatchTheArchitecture(name: String) throws {
        let model = try #require(HFFixtures.shipped(name))
        let bytes = try #require(model.checkpoint.bytes)
        let p = model.architecture.parameters
        #expect(bytes == 2 * (p.total + p.mtp))
        #expect(Self.bf16.contains { $0.fixture == name && $0.bytes == bytes }, "\(name): bytes not in the table above")
    }

    /// gpt-oss: MXFP4 expert weights take half a byte each plus one E8M0 scale byte per 32
    /// weights; everything else (expert biases included) is BF16.
    static func mxfp4Bytes(_ a: ModelArchitecture) -> Int {
        let moe = a.moe!
        let expertWeights = a.moeLayers * moe.experts * 3 * a.hiddenSize * moe.expertIntermediateSize
        let rest = a.parameters.total - expertWeights
        return expertWeights / 2 + expertWeights / 32 + 2 * rest
    }

    @Test func gptOssMXFP4Bytes() throws {
        let small = try HFFixtures.imported("openai__gpt-oss-20b")
        #expect(small.checkpoint.quantization?.appliesTo == "experts")
        #expect(Self.mxfp4Bytes(small.architecture) == 13_761_264_768)
        let large = try HFFixtures.imported("openai__gpt-oss-120b")
        #expect(Self.mxfp4Bytes(large.architecture) == 65_248_815_744)
        #expect(HFFixtures.shipped("openai__gpt-oss-20b")?.checkpoint.bytes == 13_761_264_768)
        #expect(HFFixtures.shipped("openai__gpt-oss-120b")?.checkpoint.bytes == 65_248_815_744)
    }
}
