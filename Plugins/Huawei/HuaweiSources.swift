/// Documents the Huawei adapter's figures rest on.
enum HuaweiSources {
    /// CANN platform config of Ascend910B3 (support_bf16, DtypeMKN INT8/INT4, memory_size 64 GiB, NpuArch 2201).
    static let platformB3 =
        "https://github.com/hicann/runtime/blob/a4fd6501122a9da5b1d3e1fb60c94efe534e8857/src/platform/platform_config/cann/Ascend910B3.ini"
    /// CANN platform config of Ascend910B2 (24 cube cores at 1800 MHz, memory_size 64 GiB, NpuArch 2201).
    static let platformB2 =
        "https://github.com/hicann/runtime/blob/d8beaaf0955bc307cdda0ae971275fb48f652a26/src/platform/platform_config/Ascend910B2.ini"
    /// CANN platform config of Ascend910_9391 (one 910C die).
    static let platform9391 =
        "https://github.com/hicann/runtime/blob/d8beaaf0955bc307cdda0ae971275fb48f652a26/src/platform/platform_config/Ascend910_9391.ini"
    /// FlagPerf main-memory-capacity on Atlas 800T A2: 60.32 GiB allocatable of 64 GiB.
    static let flagperfCapacity =
        "https://github.com/FlagOpen/FlagPerf/blob/b359b155a3fc5789dbdeae6326396e485750b1aa/base/benchmarks/main_memory-capacity/ascend/README.md"
    /// vLLM Ascend feature guide index: DeepSeek (MLA) and Qwen3-MoE tutorials.
    static let vllmAscendFeatures = "https://docs.vllm.ai/projects/ascend/en/latest/user_guide/feature_guide/index.html"
    /// SGLang on Ascend, quantization: A2/A3 integer schemes (W8A8, W4A8 MoE); MXFP8/MXFP4 only on Ascend 950.
    static let sglangAscendQuantization = "https://docs.sglang.io/docs/hardware-platforms/ascend-npus/optimization/quantization"
    /// SGLang DeepSeek V3/R1 usage: INT8 on 4× Atlas 800I A3.
    static let sglangDeepSeek = "https://docs.sglang.io/docs/basic_usage/deepseek_v3.md"
    /// CANN ATB docs: with CANN ≥ 8.0.0 and MindIE ≥ 1.0.0 MindIE calls ATB directly.
    static let mindieATB = "https://www.hiascend.com/document/detail/zh/CANNCommunityEdition/83RC1alpha003/API/ascendtbapi"
    /// HUAWEI CONNECT 2025 keynote as reported: 910C formats FP32/HF32/FP16/BF16/INT8; FP8 only from Ascend 950.
    static let hc2025 = "https://m.hukeji.com/yidong/202509/93895.html"
    /// npu-smi info documentation (Huawei): table layout, Health values.
    static let npuSmiInfo =
        "https://www.hiascend.com/document/detail/zh/Atlas%20200I%20A2/2550/re/npu/topic_0000002481546300.html"
    /// Huawei Ascend driver install script (public mirror of Huawei's CANN driver repository): PCIE_BDF_910B="19e5:d802".
    static let driverScripts = "https://github.com/verylucky01/driver"
}
