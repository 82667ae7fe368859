import OAMCore

/// Reads a HuggingFace `config.json` into a `ModelArchitecture` and checkpoint format.
///
/// A config states shapes but not every structural fact: Qwen2 always has q/k/v biases,
/// Gemma 2 always has four norms per layer, gpt-oss always has attention sinks. Those come
/// from the model class named in `architectures`, so the importer knows each class it
/// accepts and refuses the others by name rather than guess. Defaults follow the class's
/// transformers configuration where they are harmless (`num_key_value_heads` =
/// heads, `tie_word_embeddings` = false, or true for Gemma); a field whose default would
/// silently change parameter counts (`head_dim` of Qwen3, Gemma, gpt-oss and GLM-4.5, the
/// MoE sizes) must be present, except where the published configs themselves rely on the
/// class default (Gemma 3's vocabulary and context, `HFModelFamily.classDefaults`).
/// Multimodal classes (Gemma 3, Llama 4, Qwen3.5) are read from `text_config`, with the
/// image encoder of `vision_config` listed apart; layer patterns (sliding, chunked,
/// linear) come from `layer_types` or the class's interval field.
public struct HFConfigImporter: Sendable {
    /// The model classes the importer understands, as `architectures[0]` spells them.
    public static let supportedArchitectures: [String] = HFModelFamily.allCases.map(\.rawValue)

    public init() {}

    /// Parses `config.json` text.
    public func importConfig(_ text: String) throws(HFConfigError) -> ImportedModel {
        let root: JSONValue
        do {
            root = try JSONTextParser.parse(text)
        } catch {
            throw .malformedJSON(message: error.message, line: error.line, column: error.column)
        }
        guard case .object(let members) = root else { throw .notAnObject }
        let fields = Dictionary(members, uniquingKeysWith: { first, _ in first })
        let probe = HFConfig(fields: fields, architecture: "config.json")
        guard let architectures = try probe.strings("architectures"), let name = architectures.first else {
            throw .missingArchitectures(supported: Self.supportedArchitectures)
        }
        guard let family = HFModelFamily(rawValue: name) else {
            throw .unsupportedArchitecture(name, supported: Self.supportedArchitectures)
        }
        let config = HFConfig(fields: fields, architecture: name)
        let architecture = try family.architecture(config)
        if let problem = architecture.shapeProblem {
            throw .unsupportedValue("architecture", value: name, reason: problem)
        }
        let (checkpoint, statedPaths, assumptions) = try HFCheckpointReader.checkpoint(config, architecture: architecture)
        return ImportedModel(
            architecture: architecture, checkpoint: checkpoint, modelType: try config.string("model_type"),
            statedPaths: ["architecture"] + statedPaths, assumptions: assumptions)
    }

    /// The transformers modeling file of a supported class: the layer structure the
    /// config does not state (biases, norms per layer, sinks) is read there.
    public static func modelingCodeURL(for architecture: String) -> String? {
        guard let family = HFModelFamily(rawValue: architecture) else { return nil }
        let type = family.transformersModelType
        return "https://github.com/huggingface/transformers/blob/main/src/transformers/models/\(type)/modeling_\(type).py"
    }
}
