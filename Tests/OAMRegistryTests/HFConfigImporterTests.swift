import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `HFConfigImporter` against every fixture config and the descriptors shipped from them.
@Suite struct HFConfigImporterTests {
    @Test func everyFixtureHasAShippedDescriptor() {
        #expect(HFFixtures.names.count == 36)
        for name in HFFixtures.names {
            #expect(
                HFFixtures.shipped(name) != nil,
                "no model descriptor for \(name) at Registry/models/\(HFFixtures.repo(name).lowercased()).yaml")
        }
    }

    /// The shipped descriptors were produced by the importer; a hand edit or an importer
    /// change that alters a shape shows here.
    @Test(arguments: HFFixtures.names)
    func importedArchitectureMatchesShippedDescriptor(name: String) throws {
        let imported = try HFFixtures.imported(name)
        let shipped = try #require(HFFixtures.shipped(name))
        #expect(imported.architecture == shipped.architecture)
        #expect(shipped.id == HFFixtures.repo(name).lowercased())
        #expect(shipped.hfRepo == HFFixtures.repo(name))
    }

    /// The checkpoint format too, except where the shipped file deliberately keeps less
    /// than the fixture says (Kimi K2's FP8 block layout is unverified).
    @Test(arguments: HFFixtures.names)
    func importedCheckpointMatchesShippedDescriptor(name: String) throws {
        let imported = try HFFixtures.imported(name).checkpoint
        let shipped = try #require(HFFixtures.shipped(name)).checkpoint
        #expect(imported.dtype == shipped.dtype)
        #expect(imported.quantization?.method == shipped.quantization?.method)
        if name != "moonshotai__Kimi-K2-Instruct" {
            #expect(imported.quantization == shipped.quantization)
        }
        #expect(imported.bytes == nil, "config.json does not state checkpoint bytes")
    }

    /// Rendering and reading back gives the same architecture and checkpoint.
    @Test(arguments: HFFixtures.names)
    func renderedDescriptorReadsBack(name: String) throws {
        let imported = try HFFixtures.imported(name)
        let draft = ModelDescriptorDraft(hfRepo: HFFixtures.repo(name), model: imported)
        let yaml = ModelDescriptorYAML.render(draft)
        #expect(yaml.hasPrefix(ModelDescriptorYAML.modeline + "\n"))
        let file = DescriptorParser.parse(bytes: Array(yaml.utf8), path: "rendered.yaml")
        guard case .model(let decoded)? = file.descriptor else {
            Issue.record("rendered YAML did not decode as a model: \(file.loadDiagnostics.map(\.formatted))")
            return
        }
        #expect(decoded.architecture == imported.architecture)
        #expect(decoded.checkpoint == imported.checkpoint)
        #expect(decoded.statedTotal?.isUnknown == true)
        #expect(decoded.evidence.sources.map(\.key) == ["hf-config", "transformers-modeling"])
        #expect(decoded.evidence.sources.first?.url == "https://huggingface.co/\(HFFixtures.repo(name))/blob/main/config.json")
    }

    @Test func shippedModelsValidateWithoutErrors() {
        let registry = RegistryLoader().load(paths: [Fixtures.registry])
        let errors = Validator().validate(registry).filter { $0.severity == .error && $0.file.contains("/models/") }
        #expect(errors.isEmpty, "\(errors.map(\.formatted).joined(separator: "\n"))")
    }

    // MARK: - Per-architecture facts config.json leaves implicit

    @Test func llamaAndQwen2() throws {
        let llama = try HFFixtures.architecture("meta-llama__Llama-3.1-8B")
        #expect(llama.attention.kind == .gqa)
        #expect(llama.attention.headDim == 128)
        #expect(!llama.attention.qkvBias && !llama.attention.outputBias)
        #expect(llama.mlp == .init(gated: true, intermediateSize: 14336))
        #expect(try HFFixtures.architecture("meta-llama__Llama-3.2-1B").tieWordEmbeddings)
        let qwen = try HFFixtures.architecture("Qwen__Qwen2.5-7B")
        #expect(qwen.attention.qkvBias && !qwen.attention.outputBias, "Qwen2 has q/k/v biases and no o bias")
        #expect(qwen.attention.slidingWindow == nil, "use_sliding_window is false")
    }

    @Test func qwen3DenseAndMoE() throws {
        let dense = try HFFixtures.architecture("Qwen__Qwen3-32B")
        #expect(dense.attention.qkNorm)
        #expect(dense.attention.headDim == 128, "head_dim is set: 64 heads × 128 ≠ hidden 5120")
        let moe = try HFFixtures.architecture("Qwen__Qwen3-30B-A3B")
        #expect(moe.moe == .init(experts: 128, expertsPerToken: 8, expertIntermediateSize: 768))
        #expect(moe.mlp == nil, "every layer is MoE: intermediate_size is unused")
        #expect(moe.attention.qkNorm)
    }

    @Test func mixtralAndMistral() throws {
        let mixtral = try HFFixtures.architecture("mistralai__Mixtral-8x7B-v0.1")
        #expect(mixtral.moe == .init(experts: 8, expertsPerToken: 2, expertIntermediateSize: 14336))
        #expect(mixtral.mlp == nil)
        #expect(mixtral.attention.slidingWindow == nil, "sliding_window is null")
        #expect(try HFFixtures.architecture("mistralai__Mistral-7B-v0.3").vocabSize == 32768)
    }

    @Test func deepseek() throws {
        let v3 = try HFFixtures.architecture("deepseek-ai__DeepSeek-V3")
        #expect(v3.attention.kind == .mla)
        #expect(v3.attention.mla == .init(qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128))
        #expect(
            v3.moe
                == .init(
                    experts: 256, expertsPerToken: 8, sharedExperts: 1, expertIntermediateSize: 2048, denseLayers: 3,
                    routerBias: true))
        #expect(v3.mlp?.intermediateSize == 18432)
        #expect(v3.mtpLayers == 1)
        let lite = try HFFixtures.architecture("deepseek-ai__DeepSeek-V2-Lite")
        #expect(lite.attention.mla?.qLoraRank == 0, "q_lora_rank null: queries are not compressed")
        #expect(lite.moe?.routerBias == false, "greedy routing has no score-correction bias")
        #expect(lite.moe?.sharedExperts == 2)
        #expect(lite.mtpLayers == 0)
        let kimi = try HFFixtures.architecture("moonshotai__Kimi-K2-Instruct")
        #expect(kimi.moe?.experts == 384 && kimi.moe?.denseLayers == 1 && kimi.moe?.routerBias == true)
    }

    @Test func gptOss() throws {
        let a = try HFFixtures.architecture("openai__gpt-oss-120b")
        #expect(a.attention.qkvBias && a.attention.outputBias && a.attention.sinks)
        #expect(a.attention.slidingWindow == 128 && a.attention.slidingAlternate)
        #expect(
            a.moe == .init(experts: 128, expertsPerToken: 4, expertIntermediateSize: 2880, routerBias: true, expertBias: true))
        let checkpoint = try HFFixtures.imported("openai__gpt-oss-120b").checkpoint
        #expect(checkpoint.dtype == "mxfp4")
        #expect(checkpoint.quantization == .init(method: "mxfp4", groupSize: 32, scaleDtype: "e8m0", appliesTo: "experts"))
    }

    @Test func gemma2() throws {
        let a = try HFFixtures.architecture("google__gemma-2-27b")
        #expect(a.tieWordEmbeddings, "Gemma2Config ties embeddings by default; the config has no key")
        #expect(a.normsPerLayer == 4)
        #expect(a.attention.headDim == 128)
        #expect(a.attention.slidingWindow == 4096 && a.attention.slidingAlternate)
        #expect(try HFFixtures.imported("google__gemma-2-27b").checkpoint.dtype == "fp32")
    }

    @Test func glm45() throws {
        let a = try HFFixtures.architecture("zai-org__GLM-4.5")
        #expect(a.attention.qkvBias && !a.attention.outputBias && a.attention.qkNorm)
        #expect(
            a.moe
                == .init(
                    experts: 160, expertsPerToken: 8, sharedExperts: 1, expertIntermediateSize: 1536, denseLayers: 3,
                    routerBias: true))
        #expect(a.mtpLayers == 1)
    }

    @Test func fp8BlockCheckpoint() throws {
        let imported = try HFFixtures.imported("deepseek-ai__DeepSeek-V3")
        #expect(imported.checkpoint.dtype == "fp8")
        #expect(
            imported.checkpoint.quantization
                == .init(method: "fp8", blockSize: [128, 128], scaleDtype: "fp32", appliesTo: "all-linear"))
        #expect(imported.statedPaths.contains("checkpoint.quantization.block_size"))
        #expect(imported.assumptions.map(\.path).contains("checkpoint.quantization.scale_dtype"))
    }

    @Test func qwenMoEWithLeadingDenseLayers() throws {
        var text = try HFFixtures.text("Qwen__Qwen3-30B-A3B")
        text = text.replacingOccurrences(of: "\"mlp_only_layers\": []", with: "\"mlp_only_layers\": [0, 1]")
        let a = try HFConfigImporter().importConfig(text).architecture
        #expect(a.moe?.denseLayers == 2)
        #expect(a.mlp == .init(gated: true, intermediateSize: 6144))
    }

    /// Newer configs list `layer_types` instead of an interval; both spellings give the same
    /// layers (Gemma 3: every sixth global; Qwen3-Next: every fourth full attention).
    @Test func layerTypesAndIntervalsAgree() throws {
        let gemmaTypes = (0..<62).map { ($0 + 1) % 6 == 0 ? "\"full_attention\"" : "\"sliding_attention\"" }
        let gemma = try HFFixtures.text("google__gemma-3-27b-it").replacingOccurrences(
            of: "\"sliding_window\": 1024",
            with: "\"sliding_window\": 1024, \"layer_types\": [\(gemmaTypes.joined(separator: ", "))]")
        #expect(try HFConfigImporter().importConfig(gemma).architecture == HFFixtures.architecture("google__gemma-3-27b-it"))
        let qwenTypes = (0..<48).map { ($0 + 1) % 4 == 0 ? "\"full_attention\"" : "\"linear_attention\"" }
        let qwen = try HFFixtures.text("Qwen__Qwen3-Next-80B-A3B-Instruct").replacingOccurrences(
            of: "\"full_attention_interval\": 4,", with: "\"layer_types\": [\(qwenTypes.joined(separator: ", "))],")
        #expect(
            try HFConfigImporter().importConfig(qwen).architecture == HFFixtures.architecture("Qwen__Qwen3-Next-80B-A3B-Instruct")
        )
        // Every layer sliding (a window on all 62) is a different model: no interval.
        let allSliding = try HFFixtures.text("google__gemma-3-27b-it").replacingOccurrences(
            of: "\"sliding_window\": 1024", with: "\"sliding_window\": 1024, \"sliding_window_pattern\": 63")
        let a = try HFConfigImporter().importConfig(allSliding).architecture
        #expect(a.layerCount(.sliding) == 62 && a.attention.fullAttentionInterval == nil)
    }

    /// `decoder_sparse_step` 2 makes every other layer MoE (layers 1, 3, …): the interval,
    /// with the odd-numbered dense layers using `intermediate_size`.
    @Test func qwenMoEWithInterleavedDenseLayers() throws {
        var text = try HFFixtures.text("Qwen__Qwen3-30B-A3B")
        text = text.replacingOccurrences(of: "\"decoder_sparse_step\": 1", with: "\"decoder_sparse_step\": 2")
        let a = try HFConfigImporter().importConfig(text).architecture
        #expect(a.moe?.interval == 2 && a.moeLayers == 24 && a.denseLayers == 24)
        #expect(!a.isMoELayer(0) && a.isMoELayer(1) && a.isMoELayer(47))
        // 48 layers × (attention 2048·4096 + 2·2048·512 + 4096·2048 + 2·128 = 18,874,624, norms 2·2048)
        // + 24 MoE blocks × (router 2048·128 + 128 experts × 3·2048·768 = 604,241,920)
        // + 24 dense blocks × 3·2048·6144 = 37,748,736
        // + embedding and head 2·151936·2048 + final norm 2048
        let expected = 48 * (18_874_624 + 4096) + 24 * 604_241_920 + 24 * 37_748_736 + 2 * 151_936 * 2048 + 2048
        #expect(expected == 16_936_286_208)
        #expect(a.parameters.total == expected)
    }
}
