/// Documents the AMD adapter's figures rest on.
enum AMDSources {
    /// HIP FP8 numbers: gfx940/941/942 support FNUZ FP8, not OCP FP8.
    static let hipFP8 = "https://rocm.docs.amd.com/projects/HIP/en/docs-6.2.0/reference/fp8_numbers.html"
    /// ROCm 6.1.0 precision support page: float8 E4M3/E5M2 (FNUZ) listed.
    static let precision610 = "https://rocm.docs.amd.com/en/docs-6.1.0/compatibility/precision-support.html"
    /// Current ROCm precision support page: float4 E2M1 and float6 types (absent in 6.4.x).
    static let precisionLatest = "https://rocm.docs.amd.com/compatibility/precision-support.html"
    /// hipBLASLt rocm-7.0.0 release: "Added TF32 emulation on gfx950".
    static let hipBLASLt700 = "https://github.com/ROCm/hipBLASLt/releases/tag/rocm-7.0.0"
    /// AMD CDNA 4 white paper, Table 1: MXFP6/MXFP4 "NA" for MI300X.
    static let cdna4WhitePaper =
        "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/white-papers/amd-cdna-4-architecture-whitepaper.pdf"
    /// ServeTheHome: MI350 series launched with ROCm 7.
    static let mi350Launch = "https://www.servethehome.com/amd-mi350-and-cdna-4-architecture-launched-with-rocm-7/"
    /// Azure ND MI300X v5 benchmark results (HIP 6.2): hipBLASLt, STREAM-like, RCCL.
    static let azureMI300X =
        "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/3de0c294fd1059a91a2c158712c4a078619d73e8/Azure_Results/ND_MI300X_v5_results.md"
    /// Stas Bekman's maximum achievable matmul FLOPS (MAMF) tables.
    static let mamf =
        "https://github.com/stas00/ml-engineering/blob/b9e29720eebd4aa946fa9678975385efbc90a777/compute/accelerator/README.md"
    /// vLLM's MXFP4 MoE backend selection: on ROCm with triton_kernels, the Triton (matmul_ogs)
    /// backend; activations BF16 (weight-only W4A16) unless a checkpoint quantizes them.
    static let vllmMXFP4 =
        "https://github.com/vllm-project/vllm/blob/007d50058a06dec0f82472d63c819244d460c40d/vllm/model_executor/layers/quantization/mxfp4.py"
    /// vLLM blog "vLLM Now Supports gpt-oss" (vllm==0.10.1+gptoss): gpt-oss on MI300x and MI355x
    /// through vLLM's Triton kernels; MXFP4 weights unpacked on the fly inside the matmul.
    static let vllmGptOssBlog =
        "https://github.com/vllm-project/vllm-project.github.io/blob/d4cd081c70d9a9c61744f9d92f4c84ad1d5404bd/_posts/2025-08-05-gpt-oss.md"
    /// vLLM gpt-oss recipe: `vllm serve openai/gpt-oss-120b` on MI300x/MI325x (gfx942); on MI355x
    /// (gfx950) amd/gpt-oss-120b-w-mxfp4-a-fp8 (MXFP4 weights, FP8 activations).
    static let vllmGptOssRecipe =
        "https://github.com/vllm-project/recipes/blob/00143a1a4aace5143b6825bcaa0fc30505015c61/OpenAI/GPT-OSS.md"
    /// vLLM quantization hardware table: FP8 W8A8 on AMD GPU; AWQ/GPTQ/Marlin not on AMD GPU.
    static let vllmQuantization = "https://docs.vllm.ai/en/v0.11.2/features/quantization/"
    /// SGLang DeepSeek V3/R1 usage: FP8 on 8×MI300X; MXFP4 on MI355X/MI350X.
    static let sglangDeepSeek = "https://docs.sglang.io/docs/basic_usage/deepseek_v3.md"
    /// The PCI ID Repository at a fixed commit.
    static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
}
