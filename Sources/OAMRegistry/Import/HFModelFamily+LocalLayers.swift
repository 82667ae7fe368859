import OAMCore

/// Which layers are local (sliding-window, chunked or linear attention) and which are
/// full attention: from `layer_types` when the config lists it, else from the class's
/// interval field or default.
extension HFModelFamily {
    /// The `layer_types` entry of a local layer of `kind`.
    static func layerTypeName(_ kind: ModelArchitecture.LayerKind) -> String {
        switch kind {
        case .full: return "full_attention"
        case .sliding: return "sliding_attention"
        case .chunked: return "chunked_attention"
        case .linear: return "linear_attention"
        }
    }

    /// Sets the local layers of `kind` on `attention` (whose `chunkSize` or `linear` the
    /// caller has set for chunked and linear kinds; the sliding window is read here).
    /// Without `layer_types`, layer `i` is local unless `(i + 1)` is a multiple of
    /// `defaultInterval`; with a `nil` interval there are then no local layers.
    static func localLayers(
        _ c: HFConfig, layers: Int, kind: ModelArchitecture.LayerKind, defaultInterval: Int?,
        into attention: inout ModelArchitecture.Attention
    ) throws(HFConfigError) {
        let local: [Bool]
        if let types = try c.strings("layer_types") {
            guard types.count == layers else {
                throw .unsupportedValue(
                    c.name("layer_types"), value: "\(types.count) entries",
                    reason: "it must have one entry per layer (num_hidden_layers = \(layers))")
            }
            let localName = layerTypeName(kind)
            for type in types where type != localName && type != "full_attention" {
                throw .unsupportedValue(
                    c.name("layer_types"), value: "\"\(type)\"", reason: "expected \(localName) or full_attention")
            }
            local = types.map { $0 == localName }
        } else if let interval = defaultInterval {
            guard interval >= 1 else {
                throw .unsupportedValue("layer interval", value: String(interval), reason: "it must be at least 1")
            }
            local = (0..<layers).map { ($0 + 1) % interval != 0 }
        } else {
            local = []
        }
        guard local.contains(true) else {
            (attention.chunkSize, attention.linear) = (nil, nil)
            return
        }
        if kind == .sliding {
            guard let window = try c.int("sliding_window") else {
                throw .missingField(c.name("sliding_window"), architecture: c.architecture + " (it has sliding-window layers)")
            }
            attention.slidingWindow = window
        }
        attention.fullAttentionInterval = try interval(local: local, layers: layers, field: c.name("layer_types"))
    }

    /// The full-attention interval that reproduces `local` (true = local layer): `nil` when
    /// every layer is local, `n` when exactly the layers `i` with `(i + 1) % n == 0` are full.
    static func interval(local: [Bool], layers: Int, field: String) throws(HFConfigError) -> Int? {
        guard local.count == layers else {
            throw .unsupportedValue(
                field, value: "\(local.count) entries", reason: "it must have one entry per layer (num_hidden_layers = \(layers))"
            )
        }
        if local.allSatisfy({ $0 }) { return nil }
        guard let firstFull = local.firstIndex(of: false) else { return nil }
        let n = firstFull + 1
        guard local == (0..<layers).map({ ($0 + 1) % n != 0 }) else {
            throw .unsupportedValue(
                field, value: "a mixed pattern",
                reason: "only all-local layers, or one full-attention layer every n layers (the n-th, 2n-th, …), are described")
        }
        return n
    }

    /// Mistral/Mixtral slide every layer when `sliding_window` is set; Qwen2/Qwen3 only
    /// with `use_sliding_window`, and then from layer `max_window_layers` on.
    static func qwenOrMistralSliding(
        _ c: HFConfig, layers: Int, family: HFModelFamily, into attention: inout ModelArchitecture.Attention
    ) throws(HFConfigError) {
        if c.has("layer_types") {
            try localLayers(c, layers: layers, kind: .sliding, defaultInterval: nil, into: &attention)
            return
        }
        guard let window = try c.int("sliding_window") else { return }
        switch family {
        case .mistral, .mixtral:
            attention.slidingWindow = window
        case .qwen2, .qwen3, .qwen3Moe:
            guard try c.bool("use_sliding_window") == true else { return }
            let from = try c.int("max_window_layers") ?? 0
            if from >= layers { return }
            guard from == 0 else {
                throw .unsupportedValue(
                    "max_window_layers", value: String(from),
                    reason: "sliding only layers \(from)…\(layers - 1) is neither all layers nor a regular pattern")
            }
            attention.slidingWindow = window
        default:
            if try c.bool("use_sliding_window") != false { attention.slidingWindow = window }
        }
    }
}
