import OAMAdapterAPI

/// What the Neuron documentation states about Trainium2 and Trainium3, with sources.
enum AWSKnowledge {
    static let all: [ModuleKnowledge] = [trainium2, trainium3]

    static let trainium2 = ModuleKnowledge(
        "aws/trainium2",
        precisions: [
            PrecisionSupport(.fp8, .native, method: "NeuronCore-v3 tensor engine", source: AWSSources.trainium2, tier: .vendor),
            PrecisionSupport(
                .mxfp4, .unsupported, method: "the Trainium3 comparison table lists MXFP4 as not applicable on Trainium2",
                source: AWSSources.trainium3, tier: .vendor),
        ],
        notes: [
            "Logical NeuronCore Configuration can combine physical NeuronCores into one logical core; peaks are per chip (eight NeuronCore-v3).",
            "No serving ceiling (GEMM or bandwidth) was measured in a source read; the defaults apply.",
        ])

    static let trainium3 = ModuleKnowledge(
        "aws/trainium3",
        precisions: [
            PrecisionSupport(
                .mxfp8, .native, method: "NeuronCore-v4, 2,517 TFLOPS per chip", source: AWSSources.trainium3, tier: .vendor),
            PrecisionSupport(
                .mxfp4, .native, method: "NeuronCore-v4, 2,517 TFLOPS per chip (same rate as MXFP8)",
                source: AWSSources.trainium3,
                tier: .vendor),
        ],
        notes: [
            "AWS gives the MXFP4 and MXFP8 rates as equal (2,517 TFLOPS), so MXFP4 saves memory and bandwidth, not matrix time.",
            "No serving ceiling (GEMM or bandwidth) was measured in a source read; the defaults apply.",
        ])
}
