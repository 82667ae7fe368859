/// A linear-attention (Gated DeltaNet) layer's shape, as Qwen3-Next's config states it
/// (`linear_num_key_heads`, `linear_num_value_heads`, `linear_key_head_dim`,
/// `linear_value_head_dim`, `linear_conv_kernel_dim`).
///
/// Such a layer keeps no per-token cache: each sequence carries one recurrent state of
/// `value_heads × key_head_dim × value_head_dim` elements plus the last `conv_kernel − 1`
/// inputs of its causal short convolution over q, k and v. Its memory is per sequence,
/// whatever the context length.
public struct LinearAttention: Sendable, Hashable {
    public var keyHeads: Int
    public var valueHeads: Int
    public var keyHeadDim: Int
    public var valueHeadDim: Int
    /// Width of the causal depthwise convolution over the q/k/v channels, in tokens.
    public var convKernel: Int

    public init(keyHeads: Int, valueHeads: Int, keyHeadDim: Int, valueHeadDim: Int, convKernel: Int) {
        self.keyHeads = keyHeads
        self.valueHeads = valueHeads
        self.keyHeadDim = keyHeadDim
        self.valueHeadDim = valueHeadDim
        self.convKernel = convKernel
    }

    /// Channels the short convolution runs over: q and k (`key_heads·key_head_dim` each)
    /// and v (`value_heads·value_head_dim`).
    public var convChannels: Int { 2 * keyHeads * keyHeadDim + valueHeads * valueHeadDim }

    /// Elements of the recurrent (delta-rule) state of one sequence in one layer: one
    /// `key_head_dim × value_head_dim` matrix per value head.
    public var recurrentStateElements: Int { valueHeads * keyHeadDim * valueHeadDim }

    /// Elements of the convolution state of one sequence in one layer: the last
    /// `conv_kernel − 1` inputs of every channel.
    public var convStateElements: Int { max(0, convKernel - 1) * convChannels }

    /// Every state element one sequence holds in one layer.
    public var stateElementsPerSequence: Int { recurrentStateElements + convStateElements }

    /// Parameters of one layer (transformers' `Qwen3NextGatedDeltaNet`): the fused q/k/v/z
    /// input projection `hidden → 2·key + 2·value`, the `hidden → 2·value_heads` projection of
    /// the β and decay gates, the depthwise convolution (`channels × kernel`, no bias), one
    /// `dt_bias` and one `A_log` per value head, the gated RMSNorm over `value_head_dim` and
    /// the output projection `value → hidden`.
    public func parameters(hidden: Int) -> Int {
        let key = keyHeads * keyHeadDim
        let value = valueHeads * valueHeadDim
        return hidden * (2 * key + 2 * value) + hidden * 2 * valueHeads + convChannels * convKernel + 2 * valueHeads
            + valueHeadDim + value * hidden
    }
}
