import OAMCore

/// A model's sizes in one weight format: bytes by layer kind and role, MACs per token,
/// KV-cache elements. Computed once per (model, format) and shared by every plan.
public struct ModelProfile: Sendable {
    public var architecture: ModelArchitecture
    public var format: WeightFormat
    public var inventory: WeightInventory
    /// Bytes of one dense layer / one MoE layer / the globals, by role.
    public var denseLayer: RoleBytes
    public var moeLayer: RoleBytes
    public var globals: RoleBytes
    /// Linear-layer MACs per token of one dense / one MoE layer.
    public var denseWork: TokenWork
    public var moeWork: TokenWork
    /// MACs per token of the output head (baseline precision).
    public var lmHeadWork: Double
    /// Bytes of one routed expert (all three matrices, scales and biases).
    public var perExpertBytes: Double
    /// Weight elements (parameters) in total.
    public var parameters: Int
    public var activeParameters: Int

    public init(model architecture: ModelArchitecture, inventory: WeightInventory? = nil, format: WeightFormat) {
        self.architecture = architecture
        self.format = format
        let inventory = inventory ?? WeightInventory(architecture)
        self.inventory = inventory
        denseLayer = RoleBytes(inventory.denseLayer, format: format)
        moeLayer = RoleBytes(inventory.moeLayer, format: format)
        globals = RoleBytes(inventory.globals, format: format)
        let experts = architecture.moe?.experts ?? 0
        let k = architecture.moe?.expertsPerToken ?? 0
        denseWork = TokenWork(inventory.denseLayer, format: format, expertsPerToken: k, experts: experts)
        moeWork = TokenWork(inventory.moeLayer, format: format, expertsPerToken: k, experts: experts)
        lmHeadWork = Double(architecture.vocabSize * architecture.hiddenSize)
        perExpertBytes = experts > 0 ? moeLayer[.routedExperts] / Double(experts) : 0
        let breakdown = architecture.parameters
        parameters = breakdown.total
        activeParameters = architecture.activeParameters
    }

    /// Every weight byte the serving model holds (MTP layers excluded).
    public var totalBytes: Double {
        denseLayer.total * Double(inventory.denseLayers) + moeLayer.total * Double(inventory.moeLayers) + globals.total
    }

    /// Linear MACs per token over the whole model (lm_head included, embedding excluded).
    public var macsPerToken: Double {
        denseWork.total * Double(inventory.denseLayers) + moeWork.total * Double(inventory.moeLayers) + lmHeadWork
    }
}
