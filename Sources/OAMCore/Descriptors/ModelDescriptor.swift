/// An AI model: its architecture, released checkpoint and stated parameter counts.
public struct ModelDescriptor: Sendable {
    public var id: String
    public var name: String
    public var hfRepo: String?
    public var aliases: [String]
    public var released: PartialDate?
    public var license: String?
    public var architecture: ModelArchitecture
    public var checkpoint: Checkpoint
    /// Total parameters as the authors state them; `nil` when unknown.
    public var statedTotal: Figure<Double>?
    public var statedActive: Figure<Double>?
    /// Whether the stated counts include embeddings (gpt-oss and GLM-4.5 exclude them).
    public var statedCountsEmbeddings: Bool
    public var evidence: Evidence
    public var notes: String?

    /// The released weights' storage format.
    public struct Checkpoint: Sendable, Hashable {
        /// Main storage type: fp32, bf16, fp16, fp8, mxfp4, int8, int4.
        public var dtype: String
        public var quantization: Quantization?
        /// Total tensor bytes (safetensors `total_size`), when known.
        public var bytes: Int?

        public init(dtype: String, quantization: Quantization? = nil, bytes: Int? = nil) {
            self.dtype = dtype
            self.quantization = quantization
            self.bytes = bytes
        }
    }

    /// How a checkpoint's weights are quantized.
    public struct Quantization: Sendable, Hashable {
        public var method: String
        public var blockSize: [Int]
        public var groupSize: Int?
        public var scaleDtype: String?
        /// `all-linear`, `experts` or `linear-except-embeddings`.
        public var appliesTo: String

        public init(
            method: String, blockSize: [Int] = [], groupSize: Int? = nil, scaleDtype: String? = nil,
            appliesTo: String = "all-linear"
        ) {
            self.method = method
            self.blockSize = blockSize
            self.groupSize = groupSize
            self.scaleDtype = scaleDtype
            self.appliesTo = appliesTo
        }
    }

    public init(id: String, name: String, architecture: ModelArchitecture, checkpoint: Checkpoint) {
        self.id = id
        self.name = name
        self.aliases = []
        self.architecture = architecture
        self.checkpoint = checkpoint
        self.statedCountsEmbeddings = true
        self.evidence = Evidence()
    }
}
