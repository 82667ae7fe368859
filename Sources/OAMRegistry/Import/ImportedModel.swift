import OAMCore

/// What a HuggingFace `config.json` says about a model, in the registry's terms.
public struct ImportedModel: Sendable, Hashable {
    public var architecture: ModelArchitecture
    public var checkpoint: ModelDescriptor.Checkpoint
    /// The config's `model_type`, when it has one (`llama`, `deepseek_v3`, `kimi_k2`…).
    public var modelType: String?
    /// Descriptor paths whose values the config itself states, so a source for the config
    /// file can cover them (`architecture`, `checkpoint.dtype`…).
    public var statedPaths: [String]
    /// Values the importer filled in from a format's definition rather than from the
    /// config (e.g. MXFP4's E8M0 scales), each with the reason. They need a source of
    /// their own before the descriptor validates.
    public var assumptions: [Assumption]

    /// A value not stated by the config.
    public struct Assumption: Sendable, Hashable {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public init(
        architecture: ModelArchitecture, checkpoint: ModelDescriptor.Checkpoint, modelType: String?, statedPaths: [String],
        assumptions: [Assumption]
    ) {
        self.architecture = architecture
        self.checkpoint = checkpoint
        self.modelType = modelType
        self.statedPaths = statedPaths
        self.assumptions = assumptions
    }
}
