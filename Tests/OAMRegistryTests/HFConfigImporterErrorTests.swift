import OAMCore
import OAMRegistry
import Testing

/// What the importer says about configs it cannot use: each error names the problem and
/// where it is.
@Suite struct HFConfigImporterErrorTests {
    func importError(_ text: String) -> HFConfigError? {
        do {
            _ = try HFConfigImporter().importConfig(text)
            return nil
        } catch {
            return error
        }
    }

    /// The Llama 3.1 8B fixture with one edit.
    func llama(_ edit: (String) -> String) throws -> String {
        edit(try HFFixtures.text("meta-llama__Llama-3.1-8B"))
    }

    @Test func unknownArchitectureIsNamedWithTheSupportedOnes() throws {
        let text = try llama { $0.replacingOccurrences(of: "LlamaForCausalLM", with: "FalconForCausalLM") }
        let error = try #require(importError(text))
        #expect(error == .unsupportedArchitecture("FalconForCausalLM", supported: HFConfigImporter.supportedArchitectures))
        #expect(error.description.contains("'FalconForCausalLM'"))
        for name in [
            "LlamaForCausalLM", "Qwen3MoeForCausalLM", "DeepseekV3ForCausalLM", "GptOssForCausalLM", "Gemma2ForCausalLM",
            "Glm4MoeForCausalLM",
        ] {
            #expect(error.description.contains(name))
        }
    }

    @Test func missingArchitectures() throws {
        let text = try llama { $0.replacingOccurrences(of: "\"architectures\"", with: "\"archs\"") }
        let error = try #require(importError(text))
        guard case .missingArchitectures = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(error.description.contains("'architectures'"))
    }

    /// A file cut in the middle: the error says so and points at the end of the text.
    @Test func truncatedJSONGivesThePosition() throws {
        let full = try HFFixtures.text("meta-llama__Llama-3.1-8B")
        let cut = String(full.prefix(full.count / 2))
        let error = try #require(importError(cut))
        guard case .malformedJSON(let message, let line, _) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(line == cut.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(message.contains("truncated"))
        #expect(error.description.hasPrefix("\(line):"))
    }

    @Test func malformedJSONGivesLineAndColumn() throws {
        let error = try #require(importError("{\n  \"hidden_size\": 4096,,\n}"))
        #expect(error == .malformedJSON(message: "expected a quoted key, found ','", line: 2, column: 23))
        #expect(try #require(importError("{\"a\": tru}")).description.hasPrefix("1:7:"))
        #expect(importError("") == .malformedJSON(message: "the file is empty; expected a JSON object", line: 1, column: 1))
        #expect(importError("[1, 2]") == .notAnObject)
    }

    @Test func missingFieldIsNamed() throws {
        let text = try llama { $0.replacingOccurrences(of: "\"num_hidden_layers\": 32,\n", with: "") }
        let error = try #require(importError(text))
        #expect(error == .missingField("num_hidden_layers", architecture: "LlamaForCausalLM"))
        #expect(error.description.contains("'num_hidden_layers'"))
    }

    @Test func nullCountsAsMissing() throws {
        let text = try llama { $0.replacingOccurrences(of: "\"vocab_size\": 128256", with: "\"vocab_size\": null") }
        #expect(importError(text) == .missingField("vocab_size", architecture: "LlamaForCausalLM"))
    }

    @Test func fieldsWhoseDefaultWouldMisleadAreRequired() throws {
        let gemma = try HFFixtures.text("google__gemma-2-27b").replacingOccurrences(of: "\"head_dim\": 128,\n", with: "")
        #expect(importError(gemma) == .missingField("head_dim", architecture: "Gemma2ForCausalLM"))
        let deepseek = try HFFixtures.text("deepseek-ai__DeepSeek-V3").replacingOccurrences(
            of: "\"kv_lora_rank\": 512,\n", with: "")
        #expect(importError(deepseek) == .missingField("kv_lora_rank", architecture: "DeepseekV3ForCausalLM"))
        let glm = try HFFixtures.text("zai-org__GLM-4.5").replacingOccurrences(of: "\"n_shared_experts\": 1,\n", with: "")
        #expect(importError(glm) == .missingField("n_shared_experts", architecture: "Glm4MoeForCausalLM"))
        let dtype = try llama { $0.replacingOccurrences(of: "\"torch_dtype\": \"bfloat16\",\n", with: "") }
        #expect(importError(dtype) == .missingField("torch_dtype", architecture: "LlamaForCausalLM"))
    }

    @Test func wrongTypeIsNamed() throws {
        let text = try llama { $0.replacingOccurrences(of: "\"hidden_size\": 4096", with: "\"hidden_size\": \"4096\"") }
        #expect(importError(text) == .wrongType("hidden_size", expected: "an integer", found: "the string \"4096\""))
        let flag = try llama { $0.replacingOccurrences(of: "\"tie_word_embeddings\": false", with: "\"tie_word_embeddings\": 0") }
        #expect(importError(flag) == .wrongType("tie_word_embeddings", expected: "true or false", found: "the number 0"))
    }

    /// Layouts the descriptor cannot describe are refused rather than miscounted.
    @Test func unrepresentableLayoutsAreRefused() throws {
        let sparse = try HFFixtures.text("Qwen__Qwen3-30B-A3B").replacingOccurrences(
            of: "\"mlp_only_layers\": []", with: "\"mlp_only_layers\": [5]")
        guard case .unsupportedValue("mlp_only_layers", "[5]", _)? = importError(sparse) else {
            Issue.record("mlp_only_layers [5] should be refused")
            return
        }
        let step = try HFFixtures.text("Qwen__Qwen3-30B-A3B").replacingOccurrences(
            of: "\"decoder_sparse_step\": 1", with: "\"decoder_sparse_step\": 0")
        guard case .unsupportedValue("decoder_sparse_step", "0", _)? = importError(step) else {
            Issue.record("decoder_sparse_step 0 should be refused")
            return
        }
        let mixed = try HFFixtures.text("openai__gpt-oss-20b").replacingOccurrences(
            of: "\"full_attention\",\n    \"sliding_attention\"", with: "\"full_attention\",\n    \"full_attention\"")
        guard case .unsupportedValue("layer_types", _, _)? = importError(mixed) else {
            Issue.record("a mixed layer_types pattern should be refused")
            return
        }
        let quant = try HFFixtures.text("openai__gpt-oss-20b").replacingOccurrences(
            of: "\"quant_method\": \"mxfp4\"", with: "\"quant_method\": \"bitsandbytes\"")
        guard case .unsupportedValue("quantization_config.quant_method", "\"bitsandbytes\"", _)? = importError(quant) else {
            Issue.record("an unknown quant_method should be refused")
            return
        }
    }
}

/// The new layer kinds and checkpoint formats refuse what the descriptor cannot describe,
/// naming the field (with its nested path) and why.
@Suite struct HFLayerKindImportErrorTests {
    func importError(_ text: String) -> HFConfigError? {
        do {
            _ = try HFConfigImporter().importConfig(text)
            return nil
        } catch {
            return error
        }
    }

    func edited(_ fixture: String, _ old: String, _ new: String) throws -> String {
        let text = try HFFixtures.text(fixture)
        #expect(text.contains(old), "\(fixture) has no \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func irregularNoRopeLayersAreRefused() throws {
        let layers = (0..<48).map { $0 == 1 ? "0" : "1" }.joined(separator: ", ")
        let text = try edited(
            "meta-llama__Llama-4-Scout-17B-16E-Instruct", "\"attention_chunk_size\": 8192,",
            "\"attention_chunk_size\": 8192, \"no_rope_layers\": [\(layers)],")
        guard case .unsupportedValue("text_config.no_rope_layers", "a mixed pattern", _)? = importError(text) else {
            Issue.record("a NoPE layer only at position 1 is not every n-th layer: \(String(describing: importError(text)))")
            return
        }
    }

    @Test func unknownLinearLayerTypeIsRefused() throws {
        let types = (0..<48).map { ($0 + 1) % 4 == 0 ? "\"full_attention\"" : "\"sliding_attention\"" }
        let text = try edited(
            "Qwen__Qwen3-Next-80B-A3B-Instruct", "\"full_attention_interval\": 4,",
            "\"full_attention_interval\": 4, \"layer_types\": [\(types.joined(separator: ", "))],")
        guard case .unsupportedValue("layer_types", "\"sliding_attention\"", _)? = importError(text) else {
            Issue.record("Qwen3-Next's local layers are linear attention: \(String(describing: importError(text)))")
            return
        }
    }

    @Test func asymmetricOrUnpackedIntegerGroupsAreRefused() throws {
        let asymmetric = try edited("moonshotai__Kimi-K2-Thinking", "\"symmetric\": true", "\"symmetric\": false")
        #expect(
            importError(asymmetric)
                == .unsupportedValue(
                    "quantization_config.config_groups.group_0.weights.symmetric", value: "false",
                    reason: "zero points are not described"))
        let floats = try edited("moonshotai__Kimi-K2-Thinking", "\"pack-quantized\"", "\"float-quantized\"")
        guard case .unsupportedValue("quantization_config.format", "\"float-quantized\"", _)? = importError(floats) else {
            Issue.record("float-quantized compressed-tensors is not integer groups")
            return
        }
    }

    @Test func lightningAttentionLayersAreRefused() throws {
        let text = try edited("MiniMaxAI__MiniMax-M2", "\"attn_type_list\": [\n    1,", "\"attn_type_list\": [\n    0,")
        guard case .unsupportedValue("attn_type_list", _, _)? = importError(text) else {
            Issue.record("a MiniMax lightning-attention layer (0) should be refused")
            return
        }
    }

    /// GLM-5.1's IndexShare ("shared" layers reuse another layer's selection) is refused.
    @Test func sharedIndexerLayersAreRefused() throws {
        let types = (0..<78).map { $0 < 3 || ($0 + 1 - 3) % 4 == 0 ? "\"full\"" : "\"shared\"" }
        let text = try edited(
            "zai-org__GLM-5", "\"index_topk\": 2048,",
            "\"index_topk\": 2048, \"indexer_types\": [\(types.joined(separator: ", "))],")
        guard case .unsupportedValue("indexer_types", _, _)? = importError(text) else {
            Issue.record("shared indexer layers should be refused: \(String(describing: importError(text)))")
            return
        }
    }

    @Test func sparseAttentionNeedsItsIndexer() throws {
        let text = try edited("deepseek-ai__DeepSeek-V3.2", "\"index_topk\": 2048,", "")
        #expect(importError(text) == .missingField("index_topk", architecture: "DeepseekV32ForCausalLM"))
    }
}

/// The JSON reader behind the importer.
@Suite struct JSONTextParserTests {
    @Test func keepsIntegersBoolsAndOrder() throws {
        let value = try JSONTextParser.parse(
            "{\"b\": 1.0, \"a\": 128256, \"c\": true, \"d\": 1e-05, \"e\": [null, \"x\\u00e9\"]}")
        #expect(
            value
                == .object([
                    ("b", .number(1.0)), ("a", .integer(128256)), ("c", .bool(true)), ("d", .number(1e-05)),
                    ("e", .array([.null, .string("xé")])),
                ]))
    }

    @Test func rejectsWithPositions() {
        func failure(_ text: String) -> JSONTextParser.Failure? {
            do {
                _ = try JSONTextParser.parse(text)
                return nil
            } catch { return error }
        }
        #expect(failure("{\"a\": 1, \"a\": 2}")?.message == "duplicate key 'a'")
        #expect(failure("{\"a\": 1, \"a\": 2}")?.column == 10)
        #expect(failure("{\"a\": 1} x")?.column == 10)
        #expect(failure("{\"a\": 01}")?.message == "leading zeros are not allowed in JSON numbers")
        #expect(failure("{\"a\": [1, 2")?.message.contains("the array opened at 1:7 is not closed") == true)
        #expect(failure("{\"a\": \"b")?.message.contains("string opened at 1:7") == true)
        #expect(failure("\n\n  {\"a\" 1}") == .init(message: "expected ':' after the key 'a', found '1'", line: 3, column: 8))
    }
}
