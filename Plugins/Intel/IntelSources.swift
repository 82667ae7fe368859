/// Documents the Intel Gaudi adapter's figures rest on.
enum IntelSources {
    /// Intel Gaudi software 1.14.0 release notes: Quantization Toolkit (HQT) quantizes to FP8 on Gaudi 2.
    static let release114 = "https://docs.habana.ai/en/latest/Release_Notes/Release%20Notes%20v1.14.0.html"
    /// Intel Gaudi docs, Run Inference Using FP8 (Gaudi 2 and Gaudi 3, through INC): FP8 compute twice BF16.
    static let fp8Inference = "https://docs.habana.ai/en/latest/PyTorch/Inference_on_PyTorch/Inference_Using_FP8.html"
    /// vLLM Hardware Plugin for Intel Gaudi: FP8 through INC; AutoAWQ and GPTQModel backends.
    static let vllmGaudi = "https://docs.vllm.ai/projects/gaudi/en/latest/features/floating_point_8.html"
    /// vLLM INC page: FP8 W8A8 on Gaudi 2/3 with `--kv-cache-dtype fp8_inc`.
    static let vllmINC = "https://docs.vllm.ai/en/v0.10.0/features/quantization/inc.html"
    /// hl-smi output of 8× HL-225: 98304 MiB per device, ~768 MiB used at idle.
    static let hlsmiGaudi2 =
        "https://github.com/vdwarakn/scripts-and-utils/blob/3c31eda8725a26989db3bf8ac31da102ff5794b0/gaudi/README.md"
    /// Stas Bekman's MAMF tables (v1): Gaudi 2 (SW 1.15), Gaudi 3 (SW 1.19, MME at 1600 MHz).
    static let mamf =
        "https://github.com/stas00/ml-engineering/blob/b9e29720eebd4aa946fa9678975385efbc90a777/compute/accelerator/README.md"
    /// Supermicro SYS-822GA-NGR3 manual: HL-325L is PCI device 0x1060.
    static let supermicro =
        "https://www.supermicro.com/en/support/manuals/product/system/sys-822ga-ngr3/Content/pcie-interface.htm"
    /// The PCI ID Repository at a fixed commit.
    static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
}
