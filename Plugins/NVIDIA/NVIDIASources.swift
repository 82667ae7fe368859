/// Documents the NVIDIA adapter's figures rest on.
enum NVIDIASources {
    /// CUTLASS Hopper page (mirror of NVIDIA/cutlass docs): H100/H200 CC 9.0, minimum CUDA 11.8, native FP8.
    static let cutlassHopper = "https://mintlify.com/NVIDIA/cutlass/architectures/hopper"
    /// CUTLASS Blackwell page (mirror of NVIDIA/cutlass docs): B200 CC 10.0, minimum CUDA 12.8.
    static let cutlassBlackwell = "https://www.mintlify.com/NVIDIA/cutlass/architectures/blackwell"
    /// CUTLASS Blackwell SM100 GEMMs: tcgen05 kinds f8f6f4, mxf8f6f4 and mxf4 block-scaled, nvf4.
    static let cutlassSM100 = "https://docs.nvidia.com/cutlass/media/docs/cpp/blackwell_functionality.html"
    /// vLLM FP8 W8A8: FP8 compute needs CC ≥ 8.9; CC ≥ 7.5 runs FP8 models weight-only (FP8 Marlin); block-quantized FP8 kernels on Hopper.
    static let vllmFP8 = "https://docs.vllm.ai/en/v0.32.0/features/quantization/llm_compressor/fp8/"
    /// vLLM quantization hardware table: AWQ, GPTQ, Marlin on Ampere and Hopper.
    static let vllmQuantization = "https://docs.vllm.ai/en/v0.11.2/features/quantization/"
    /// SGLang DeepSeek V3/R1 usage: FP8 on H200/B200/H100/H20, AWQ on H100/H20/A100, NVFP4 on B200.
    static let sglangDeepSeek = "https://docs.sglang.io/docs/basic_usage/deepseek_v3.md"
    /// nvidia-smi dump of an HGX H100: FB total 81559 MiB, reserved 454 MiB.
    static let smiH100 =
        "https://github.com/thamada/nvidia-smi/blob/03fbe6e68c0bb4c28b72d5da786a9712a33cf408/nvsim/H100SXMx8_smi.py"
    /// nvidia-smi dump of an HGX A100 80GB: FB total 81920 MiB, reserved 763 MiB.
    static let smiA100 =
        "https://github.com/thamada/nvidia-smi/blob/b09ef139265ffc7e3c78006346981de8e4d70499/gls/A100SXMx4_smi.py"
    /// Azure ND H100 v5 results (CUDA 12.6): STREAM-like triad, NCCL all-reduce.
    static let azureH100 =
        "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/a6533f14ab325f14a5ff87666ee92436be22881f/Azure_Results/ND_H100_v5_results.md"
    /// Azure ND H200 v5 results (CUDA 12.6): cuBLASLt FP8 GEMM (16384³: 1366.3 TFLOPS), STREAM-like
    /// triad 4.15 TB/s, NCCL all-reduce (NVLS) 479.98 GB/s, FlashAttention-2 329.3 TFLOPS.
    static let azureH200 =
        "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/5e2c4e5581b534ececa93041d7d67168065fc07b/Azure_Results/ND_H200_v5_results.md"
    /// Azure ND GB200 v6 results (CUDA 12.8, driver 570.133.20): cuBLASLt FP8 GEMM (16384³:
    /// 2819.5 TFLOPS, the best of its size sweep) and FP4 GEMM (8192³: 7609.1 TFLOPS, the best;
    /// 16384³ 5604.0, 32768³ 5262.2).
    static let azureGB200 =
        "https://github.com/egmsft/AI-benchmarking-guide/blob/0682f76f1696851bf0ee814b51d989f9673c7125/Azure_Results/ND_GB200_v6_results.md"
    /// OpenXLA's default GEMM performance table for compute capability 10.0 (`sm_100`, the
    /// B200's and GB200's): cuBLAS throughput by shape; at 4096³ (its largest) BF16 1416.9
    /// TFLOPS and FP8 E4M3×E4M3 2765.0 TFLOPS. The table does not name the part it ran on.
    static let xlaSM100GEMM =
        "https://github.com/tensorflow/tensorflow/blob/a305421c45a1ea5117c170b8d8a00a51f9dcee8f/third_party/xla/xla/backends/gpu/cost_model/matmul_interpolator_data.h"
    /// vLLM's MXFP4 MoE backend selection: SM90 → FlashInfer MXFP4×BF16 or OpenAI's Triton
    /// `matmul_ogs` kernels (torch ≥ 2.8, SM90–SM100) else Marlin; minimum capability 8.0
    /// (Marlin W4A16); activations BF16 only.
    static let vllmMXFP4 =
        "https://github.com/vllm-project/vllm/blob/007d50058a06dec0f82472d63c819244d460c40d/vllm/model_executor/layers/quantization/mxfp4.py"
    /// vLLM blog "vLLM Now Supports gpt-oss" (vllm==0.10.1+gptoss): on Hopper (H100, H200) MXFP4 MoE
    /// weights are unpacked on the fly inside OpenAI's Triton `matmul_ogs` kernel; Blackwell uses
    /// FlashInfer's native MXFP4 tensor-core kernel.
    static let vllmGptOssBlog =
        "https://github.com/vllm-project/vllm-project.github.io/blob/d4cd081c70d9a9c61744f9d92f4c84ad1d5404bd/_posts/2025-08-05-gpt-oss.md"
    /// vLLM gpt-oss recipe: A100 runs gpt-oss by default with Marlin MXFP4 MoE ("gpt-oss-120b will fit
    /// on a single A100 (80GB)"); Hopper recipe serves 120b at --tensor-parallel-size 1.
    static let vllmGptOssRecipe =
        "https://github.com/vllm-project/recipes/blob/00143a1a4aace5143b6825bcaa0fc30505015c61/OpenAI/GPT-OSS.md"
    /// Stas Bekman's maximum achievable matmul FLOPS (MAMF) tables (BF16 and FP8; note 4: "H200 is
    /// the same as H100 but has 141GB vs 80GB of HBM memory, and its memory is faster").
    static let mamf =
        "https://github.com/stas00/ml-engineering/blob/b9e29720eebd4aa946fa9678975385efbc90a777/compute/accelerator/README.md"
    /// NVIDIA System Management Interface manual: `-q -x` prints the query as XML (nvsmi_device DTD).
    static let nvsmiManual = "https://docs.nvidia.com/deploy/pdf/NVSMI_Manual.pdf"
    /// The PCI ID Repository at a fixed commit.
    static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
}
