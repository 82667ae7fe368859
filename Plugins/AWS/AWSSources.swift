/// Documents the AWS adapter's figures rest on.
enum AWSSources {
    /// AWS Neuron documentation, Trainium2 Architecture (eight NeuronCore-v3, FP8 and BF16 peaks).
    static let trainium2 =
        "https://github.com/aws-neuron/aws-neuron-sdk/blob/7c165a3e01131a86537f6e0b3ba43716e44d8bc4/about-neuron/arch/neuron-hardware/trainium2.rst"
    /// AWS Neuron documentation, Trainium3 Architecture (eight NeuronCore-v4, MXFP8/MXFP4 peaks).
    static let trainium3 =
        "https://github.com/aws-neuron/aws-neuron-sdk/blob/db1586c3b3be580fab0f5827125112a41b8da239/about-neuron/arch/neuron-hardware/trainium3.rst"
}
