/// Parameter counts of a model by part, computed exactly from its architecture.
///
/// The parts are the units a serving plan shards differently (experts by expert
/// parallelism, the rest by tensor parallelism) and a checkpoint quantizes differently
/// (embeddings and norms often stay in BF16).
public struct ParameterBreakdown: Sendable, Hashable {
    /// Input embedding table.
    public var embedding: Int
    /// Output head; 0 when tied to the embedding.
    public var lmHead: Int
    /// Attention projections, biases, q/k norms and sinks over all layers.
    public var attention: Int
    /// Dense feed-forward blocks over all dense layers.
    public var denseMLP: Int
    /// Routed experts over all MoE layers.
    public var routedExperts: Int
    /// Shared experts over all MoE layers.
    public var sharedExperts: Int
    /// Routers (gate weights and biases) over all MoE layers.
    public var routers: Int
    /// Layer norms and the final norm.
    public var norms: Int
    /// Parameters of one routed expert (with its biases).
    public var perExpert: Int
    /// MTP layers (not counted in `total`; reported for checkpoint comparisons).
    public var mtp: Int

    /// Every parameter the serving model holds.
    public var total: Int {
        embedding + lmHead + attention + denseMLP + routedExperts + sharedExperts + routers + norms
    }

    /// Parameters one token touches: everything but the routed experts it does not use.
    /// Counts the input embedding, as the weights read per token do.
    public func active(expertsPerToken: Int, moeLayers: Int) -> Int {
        total - routedExperts + perExpert * expertsPerToken * moeLayers
    }

    /// Weights in linear layers (matrices a quantized checkpoint stores at low precision),
    /// as opposed to embeddings, norms, biases and routers.
    public var linear: Int {
        attention + denseMLP + routedExperts + sharedExperts
    }

    public init(
        embedding: Int, lmHead: Int, attention: Int, denseMLP: Int, routedExperts: Int, sharedExperts: Int, routers: Int,
        norms: Int, perExpert: Int, mtp: Int
    ) {
        self.embedding = embedding
        self.lmHead = lmHead
        self.attention = attention
        self.denseMLP = denseMLP
        self.routedExperts = routedExperts
        self.sharedExperts = sharedExperts
        self.routers = routers
        self.norms = norms
        self.perExpert = perExpert
        self.mtp = mtp
    }
}

extension ModelArchitecture {
    /// Parameters of one attention block (projections, biases, q/k norms, sinks).
    public var attentionParametersPerLayer: Int {
        let h = hiddenSize
        let a = attention
        var count = 0
        if let mla = a.mla {
            let qHead = mla.qkNopeHeadDim + mla.qkRopeHeadDim
            if mla.qLoraRank > 0 {
                count += h * mla.qLoraRank + mla.qLoraRank + mla.qLoraRank * a.heads * qHead
            } else {
                count += h * a.heads * qHead
            }
            count += h * (mla.kvLoraRank + mla.qkRopeHeadDim) + mla.kvLoraRank
            count += mla.kvLoraRank * a.heads * (mla.qkNopeHeadDim + mla.vHeadDim)
            count += a.heads * mla.vHeadDim * h
        } else {
            let q = a.heads * a.headDim
            let kv = a.kvHeads * a.headDim
            count += h * q * (a.outputGate ? 2 : 1) + 2 * h * kv + q * h
            if a.qkvBias { count += q + 2 * kv }
        }
        if a.outputBias { count += h }
        if a.qkNorm { count += a.qkNormPerLayer ? (a.heads + a.kvHeads) * a.headDim : 2 * a.headDim }
        if a.sinks { count += a.heads }
        if let indexer = a.indexer { count += indexer.parameters(hidden: h, qLoraRank: a.mla?.qLoraRank ?? 0) }
        return count
    }

    /// Parameters of one linear-attention layer's token mixer (0 without linear layers).
    public var linearAttentionParametersPerLayer: Int {
        attention.linear?.parameters(hidden: hiddenSize) ?? 0
    }

    /// Attention parameters over all layers: full-attention (and sliding or chunked) layers
    /// plus linear-attention layers, each of their own shape.
    public var attentionParameters: Int {
        attentionParametersPerLayer * kvCacheLayers + linearAttentionParametersPerLayer * layerCount(.linear)
    }

    /// Parameters of one dense feed-forward block.
    public var denseMLPParametersPerLayer: Int {
        guard let mlp else { return 0 }
        let matrices = mlp.gated ? 3 : 2
        var count = matrices * hiddenSize * mlp.intermediateSize
        if mlp.bias { count += (mlp.gated ? 2 : 1) * mlp.intermediateSize + hiddenSize }
        return count
    }

    /// Parameters of one routed expert, with its biases.
    var routedExpertParameters: Int {
        guard let moe else { return 0 }
        let h = hiddenSize
        return 3 * h * moe.expertIntermediateSize + (moe.expertBias ? 2 * moe.expertIntermediateSize + h : 0)
    }

    /// Parameters of the shared experts of one MoE layer, with the shared-expert gate.
    var sharedExpertParametersPerLayer: Int {
        guard let moe else { return 0 }
        let gate = moe.sharedExpertGate && moe.sharedExperts > 0 ? hiddenSize : 0
        return 3 * hiddenSize * moe.expertIntermediateSize * moe.sharedExperts + gate
    }

    /// Parameters of one router: gate weights plus its bias or score-correction bias.
    var routerParametersPerLayer: Int {
        guard let moe else { return 0 }
        return hiddenSize * moe.experts + (moe.routerBias ? moe.experts : 0)
    }

    /// Parameters of one MoE feed-forward block: routed and shared experts and the router.
    var moeBlockParametersPerLayer: Int {
        routedExpertParameters * (moe?.experts ?? 0) + sharedExpertParametersPerLayer + routerParametersPerLayer
    }

    /// Parameters of one norm layer (LayerNorm carries a bias besides its weight).
    var normParameters: Int { layerNorm ? 2 * hiddenSize : hiddenSize }

    /// Parameters of one multi-token-prediction layer (DeepSeek-V3, GLM-4.5): a full
    /// decoder layer (the MoE kind when the model has experts), two input norms for the
    /// embedding and the hidden state, the projection of their concatenation
    /// (2h × h, no bias) and the norm before the shared output head. The embedding
    /// and the output head are the main model's and are not counted again.
    var mtpParametersPerLayer: Int {
        let h = hiddenSize
        let decoderLayer =
            attentionParametersPerLayer
            + (moe != nil ? moeBlockParametersPerLayer : denseMLPParametersPerLayer)
            + normParameters * normsPerLayer
        let inputNorms = 2 * normParameters
        let projection = 2 * h * h
        let headNorm = normParameters
        return decoderLayer + inputNorms + projection + headNorm
    }

    /// The exact parameter breakdown.
    public var parameters: ParameterBreakdown {
        ParameterBreakdown(
            embedding: vocabSize * hiddenSize,
            lmHead: tieWordEmbeddings ? 0 : vocabSize * hiddenSize,
            attention: attentionParameters,
            denseMLP: denseMLPParametersPerLayer * denseLayers,
            routedExperts: routedExpertParameters * (moe?.experts ?? 0) * moeLayers,
            sharedExperts: sharedExpertParametersPerLayer * moeLayers,
            routers: routerParametersPerLayer * moeLayers,
            norms: normParameters * (normsPerLayer * layers + 1),
            perExpert: routedExpertParameters,
            mtp: mtpParametersPerLayer * mtpLayers)
    }

    /// Parameters used per token.
    public var activeParameters: Int {
        parameters.active(expertsPerToken: moe?.expertsPerToken ?? 0, moeLayers: moeLayers)
    }
}
