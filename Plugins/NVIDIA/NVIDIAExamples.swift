import OAMAdapterAPI

/// Golden examples of the NVIDIA adapter.
enum NVIDIAExamples {
    /// `nvidia-smi -q -x` in the documented format, reduced to the elements the adapter reads;
    /// values from the public nvidia-smi dump of an HGX H100 (driver 550.127.05, CUDA 12.4).
    static let smiSample = """
        <?xml version="1.0" ?>
        <!DOCTYPE nvidia_smi_log SYSTEM "nvsmi_device_v12.dtd">
        <nvidia_smi_log>
        \t<driver_version>550.127.05</driver_version>
        \t<cuda_version>12.4</cuda_version>
        \t<attached_gpus>2</attached_gpus>
        \t<gpu id="00000000:18:00.0">
        \t\t<product_name>NVIDIA H100 80GB HBM3</product_name>
        \t\t<pci>
        \t\t\t<pci_bus_id>00000000:18:00.0</pci_bus_id>
        \t\t\t<pci_device_id>0x233010DE</pci_device_id>
        \t\t</pci>
        \t\t<fb_memory_usage>
        \t\t\t<total>81559 MiB</total>
        \t\t\t<reserved>454 MiB</reserved>
        \t\t\t<used>1 MiB</used>
        \t\t\t<free>81104 MiB</free>
        \t\t</fb_memory_usage>
        \t\t<bar1_memory_usage>
        \t\t\t<total>131072 MiB</total>
        \t\t</bar1_memory_usage>
        \t</gpu>
        \t<gpu id="00000000:2A:00.0">
        \t\t<product_name>NVIDIA H100 80GB HBM3</product_name>
        \t\t<pci>
        \t\t\t<pci_device_id>0x233010DE</pci_device_id>
        \t\t</pci>
        \t\t<fb_memory_usage>
        \t\t\t<total>81559 MiB</total>
        \t\t\t<reserved>454 MiB</reserved>
        \t\t</fb_memory_usage>
        \t</gpu>
        </nvidia_smi_log>
        """

    static let all: [GoldenExample] = [
        .capabilities(
            "H100 on the newest CUDA: FP8 native since CUDA 11.8, MXFP4 weight-only (no FP4 tensor cores), BF16 and FP8 GEMM ceilings, nvidia-smi usable memory",
            module: "nvidia/h100-sxm",
            expect: """
                {"report": {"module": "nvidia/h100-sxm",
                  "precisions": [{"precision": "fp8", "level": "native", "minimumStack": "CUDA 11.8"},
                                 {"precision": "fp4", "level": "emulated"}],
                  "usableMemoryBytes": {"value": 85044756480, "tier": "measured"},
                  "sustainedComputeFraction": {"value": 0.803},
                  "sustainedComputeByPrecision": [{"precision": "fp8", "fraction": 0.709, "tier": "measured"}],
                  "sustainedBandwidthFraction": {"value": 0.887},
                  "scaleUp": {"domainSize": {"value": 8}, "topology": "switched",
                              "perPeerBytesPerSecond": {"value": 450000000000},
                              "allReduceBytesPerSecond": {"value": 478900000000}},
                  "frameworks": [{"name": "SGLang", "features": ["mla", "fp8-block-scales"]},
                                 {"name": "vLLM", "features": ["int4-awq", "int4-gptq"]},
                                 {"name": "vLLM", "minimumVersion": "0.10.1", "features": ["mxfp4"]}]}}
                """),
        .capabilities(
            "H200: the H100's GH100 GEMM ceilings (same silicon), its own STREAM and NCCL figures, MXFP4 weight-only",
            module: "nvidia/h200-sxm",
            expect: """
                {"report": {"module": "nvidia/h200-sxm",
                  "precisions": [{"precision": "fp8", "level": "native"}, {"precision": "fp4", "level": "emulated"}],
                  "usableMemoryBytes": null,
                  "sustainedComputeFraction": {"value": 0.803, "tier": "third-party"},
                  "sustainedComputeByPrecision": [{"precision": "fp8", "fraction": 0.709}],
                  "sustainedBandwidthFraction": {"value": 0.865, "tier": "measured"},
                  "scaleUp": {"allReduceBytesPerSecond": {"value": 479980000000}}}}
                """),
        .capabilities(
            "H100 on CUDA 11.7: FP8 is reported unsupported with its minimum", module: "nvidia/h100-sxm", stack: "CUDA 11.7",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "unsupported", "minimumStack": "CUDA 11.8"}]}}
                """),
        .capabilities(
            "A100: FP8 and MXFP4 only weight-only (emulated, Marlin), AWQ/GPTQ available", module: "nvidia/a100-sxm-80gb",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "emulated"}, {"precision": "fp4", "level": "emulated"}, {"precision": "bf16", "level": "native"}],
                  "sustainedComputeFraction": {"value": 0.869},
                  "frameworks": [{"name": "vLLM", "features": ["int4-awq", "int4-gptq"]}]}}
                """),
        .capabilities(
            "B200 on CUDA 12.6: FP4/FP6/FP8 need CUDA 12.8, SGLang is dropped", module: "nvidia/b200", stack: "CUDA 12.6",
            expect: """
                {"report": {"precisions": [{"precision": "fp4", "level": "unsupported", "minimumStack": "CUDA 12.8"},
                                           {"precision": "fp8", "level": "unsupported", "minimumStack": "CUDA 12.8"}],
                            "usableMemoryBytes": null, "frameworks": []}}
                """),
        .capabilities(
            "a ROCm version asked of the CUDA adapter is ignored with a note", module: "nvidia/b200", stack: "ROCm 6.2",
            expect: """
                {"report": {"stack": null, "precisions": [{"precision": "fp4", "level": "native"}]}}
                """),
        .validate("the shipped H100 descriptor is clean", module: "nvidia/h100-sxm", expect: #"{"diagnostics": []}"#),
        .validate(
            "a Hopper module with an Ampere compute capability and a malformed one",
            path: "Registry/accelerators/nvidia/h100-sxm.yaml",
            yaml: """
                kind: accelerator
                id: nvidia/h100-sxm
                name: NVIDIA H100 SXM
                vendor: nvidia
                pci_ids: ["10de:20b2"]
                x-nvidia:
                  compute_capability: "8.0"
                """,
            expect: """
                {"diagnostics": [
                  {"ruleID": "nvidia-pci-device", "range": {"start": {"line": 5, "column": 11}}},
                  {"ruleID": "nvidia-compute-capability", "fix": "write '9.0'", "range": {"start": {"line": 7, "column": 23}}}]}
                """),
        .validate(
            "compute capability written as a number without minor", path: "Registry/accelerators/nvidia/b200.yaml",
            yaml: """
                kind: accelerator
                id: nvidia/b200
                name: NVIDIA B200
                vendor: nvidia
                x-nvidia:
                  compute_capability: 10
                """,
            expect:
                #"{"diagnostics": [{"ruleID": "nvidia-compute-capability", "severity": "error", "range": {"start": {"line": 6, "column": 23}}}]}"#
        ),
        .discover(
            "two H100s with captured nvidia-smi -q -x output: matched by PCI id, enriched with memory and versions",
            devices: [
                PCIDevice(address: "0000:18:00.0", vendor: "10de", device: "2330", class: "030200"),
                PCIDevice(address: "0000:2a:00.0", vendor: "10de", device: "2330", class: "030200"),
            ], tools: [ToolOutput(tool: "nvidia-smi -q -x", output: smiSample)],
            expect: """
                {"matches": [{"address": "0000:18:00.0", "modules": ["nvidia/h100-sxm"], "name": "H100 SXM5 80GB"},
                             {"address": "0000:2a:00.0", "modules": ["nvidia/h100-sxm"]}],
                 "reports": [{"address": "0000:18:00.0", "product": "NVIDIA H100 80GB HBM3", "modules": ["nvidia/h100-sxm"],
                              "memoryTotalBytes": 85520809984, "memoryUsableBytes": 85044756480,
                              "driverVersion": "550.127.05", "stackVersion": "CUDA 12.4"},
                             {"address": "0000:2a:00.0", "modules": ["nvidia/h100-sxm"]}]}
                """),
    ]
}
