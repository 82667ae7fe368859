/// Documents the Google adapter's figures rest on.
enum GoogleSources {
    /// Google Cloud documentation, TPU v6e (one TensorCore with two 256x256 MXUs; bf16 and Int8 peaks).
    static let v6e = "https://docs.cloud.google.com/tpu/docs/v6e"
    /// Google Cloud documentation, TPU v5e (one TensorCore with four MXUs; bf16 and Int8 peaks).
    static let v5e = "https://docs.cloud.google.com/tpu/docs/v5e"
}
