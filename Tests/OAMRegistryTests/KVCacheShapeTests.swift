import OAMCore
import Testing

/// KV-cache sizes of the imported architectures.
@Suite struct KVCacheShapeTests {
    @Test func gqaCachesKeysAndValuesPerKVHead() throws {
        let cases: [(String, Int)] = [
            ("meta-llama__Llama-3.1-8B", 2 * 8 * 128),
            ("meta-llama__Llama-3.2-1B", 2 * 8 * 64),
            ("Qwen__Qwen2.5-7B", 2 * 4 * 128),
            ("Qwen__Qwen3-32B", 2 * 8 * 128),
            ("Qwen__Qwen3-235B-A22B", 2 * 4 * 128),
            ("mistralai__Mixtral-8x7B-v0.1", 2 * 8 * 128),
            ("openai__gpt-oss-120b", 2 * 8 * 64),
            ("google__gemma-2-27b", 2 * 16 * 128),
            ("zai-org__GLM-4.5", 2 * 8 * 128),
        ]
        for (fixture, elements) in cases {
            #expect(try HFFixtures.architecture(fixture).kvElementsPerTokenPerLayer == elements, "\(fixture)")
        }
    }

    /// MLA caches the compressed latent plus the shared rotary key: 512 + 64.
    @Test func mlaCachesTheLatent() throws {
        for fixture in [
            "deepseek-ai__DeepSeek-V3", "deepseek-ai__DeepSeek-R1", "deepseek-ai__DeepSeek-V2-Lite",
            "moonshotai__Kimi-K2-Instruct",
        ] {
            #expect(try HFFixtures.architecture(fixture).kvElementsPerTokenPerLayer == 576, "\(fixture)")
        }
    }

    /// Alternating sliding layers (gpt-oss: 128 tokens, Gemma 2: 4096) cap half the cache.
    @Test func alternatingSlidingWindows() throws {
        let oss = try HFFixtures.architecture("openai__gpt-oss-20b")
        #expect(oss.slidingLayers == 12)
        #expect(oss.kvElementsPerToken == 1024 * 12)
        #expect(oss.kvElements(tokens: 100_000) == 1024 * (12 * 100_000 + 12 * 128))
        #expect(oss.kvElements(tokens: 100) == 1024 * 24 * 100)
        let gemma = try HFFixtures.architecture("google__gemma-2-27b")
        #expect(gemma.slidingLayers == 23)
        #expect(gemma.kvElements(tokens: 8192) == 4096 * (23 * 8192 + 23 * 4096))
        let llama = try HFFixtures.architecture("meta-llama__Llama-3.1-8B")
        #expect(llama.slidingLayers == 0)
        #expect(llama.kvElements(tokens: 1000) == 2048 * 32 * 1000)
    }
}
