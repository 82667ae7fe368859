import OAMCore

/// The image encoder of a multimodal config, listed beside the language model.
extension HFModelFamily {
    /// `vision_config` as a `VisionTower`, with its exact parameter count (Gemma 3's SigLIP
    /// and projector, Llama 4's vision model, adapter and projector).
    func visionTower(_ c: HFConfig, textHidden: Int) throws(HFConfigError) -> VisionTower? {
        guard let v = try c.object("vision_config") else { return nil }
        let layers = try v.requiredPositive("num_hidden_layers")
        let hidden = try v.requiredPositive("hidden_size")
        let type = try v.string("model_type") ?? ""
        let parameters: Int?
        switch self {
        case .llama4: parameters = try Self.llama4VisionParameters(v, layers: layers, hidden: hidden, textHidden: textHidden)
        case .gemma3: parameters = try Self.siglipParameters(v, layers: layers, hidden: hidden) + hidden * textHidden + hidden
        default: parameters = nil  // an encoder whose layout is not described here
        }
        return VisionTower(modelType: type, layers: layers, hiddenSize: hidden, parameters: parameters)
    }

    /// A SigLIP vision encoder without its pooling head (`vision_use_head: false`), as
    /// transformers builds it: the patch convolution (`channels·patch²·hidden` plus bias), a
    /// learned position per patch (`(image/patch)²·hidden`), and per layer two LayerNorms
    /// (weight and bias), q/k/v/o with biases and the two-matrix MLP with biases; then the
    /// post-LayerNorm. Gemma 3's projector adds the `hidden × text_hidden` input projection
    /// and its `hidden` soft-embedding norm (counted by the caller).
    static func siglipParameters(_ v: HFConfig, layers: Int, hidden h: Int) throws(HFConfigError) -> Int {
        if try v.bool("vision_use_head") == true {
            throw .unsupportedValue(
                v.name("vision_use_head"), value: "true", reason: "the SigLIP pooling head is not described")
        }
        let intermediate = try v.requiredPositive("intermediate_size")
        let patch = try v.requiredPositive("patch_size")
        let image = try v.requiredPositive("image_size")
        let channels = try v.int("num_channels") ?? 3
        let perLayer = 4 * (h * h + h) + (2 * h * intermediate + intermediate + h) + 2 * (2 * h)
        let patches = (image / patch) * (image / patch)
        let embeddings = channels * patch * patch * h + h + patches * h
        return embeddings + perLayer * layers + 2 * h
    }

    /// Llama 4's vision model and projector, as transformers builds them: the unfold patch
    /// projection (`channels·patch² × hidden`, no bias), the class embedding and a learned
    /// position per patch plus the class slot, LayerNorms before and after the encoder
    /// (weight and bias), per layer two LayerNorms, q/k/v/o with biases and the two-matrix
    /// MLP with biases; the pixel-shuffle adapter's two matrices (`intermediate_size →
    /// projector_input_dim → projector_output_dim`, biases only with
    /// `multi_modal_projector_bias`) and the projector `vision_output_dim → text hidden`.
    static func llama4VisionParameters(
        _ v: HFConfig, layers: Int, hidden h: Int, textHidden: Int
    ) throws(HFConfigError) -> Int {
        let intermediate = try v.requiredPositive("intermediate_size")
        let patch = try v.requiredPositive("patch_size")
        let image = try v.requiredPositive("image_size")
        let channels = try v.int("num_channels") ?? 3
        let projectorIn = try v.requiredPositive("projector_input_dim")
        let projectorOut = try v.requiredPositive("projector_output_dim")
        let output = try v.requiredPositive("vision_output_dim")
        let adapterBias = try v.bool("multi_modal_projector_bias") ?? false
        let perLayer = 4 * (h * h + h) + (2 * h * intermediate + intermediate + h) + 2 * (2 * h)
        let positions = (image / patch) * (image / patch) + 1
        let embeddings = channels * patch * patch * h + h + positions * h + 2 * (2 * h)
        let adapter = intermediate * projectorIn + projectorIn * projectorOut + (adapterBias ? projectorIn + projectorOut : 0)
        return embeddings + perLayer * layers + adapter + output * textHidden
    }
}
