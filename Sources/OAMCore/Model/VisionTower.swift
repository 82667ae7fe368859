/// The image encoder of a multimodal checkpoint (Gemma 3's SigLIP, Llama 4's vision
/// model), kept apart from the language model: serving sizes the language model, and the
/// tower is listed with its own parameter count so the two are never summed silently.
public struct VisionTower: Sendable, Hashable {
    /// The config's `vision_config.model_type`, e.g. `siglip_vision_model`.
    public var modelType: String
    public var layers: Int
    public var hiddenSize: Int
    /// Encoder plus the projector into the language model's width, when computed exactly
    /// from the config; `nil` when the encoder's layout is not described here.
    public var parameters: Int?

    public init(modelType: String, layers: Int, hiddenSize: Int, parameters: Int?) {
        self.modelType = modelType
        self.layers = layers
        self.hiddenSize = hiddenSize
        self.parameters = parameters
    }
}
