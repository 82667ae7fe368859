import OAMAdapterAPI

/// Golden examples of the Huawei adapter.
enum HuaweiExamples {
    /// `npu-smi info` on an Atlas 800T A2 (910B3), in the layout Huawei documents;
    /// first NPU as printed in lmdeploy issue 2585, two NPUs kept.
    static let npuSmiA2 = """
        +------------------------------------------------------------------------------------------------+
        | npu-smi 23.0.6                   Version: 23.0.6                                               |
        +---------------------------+---------------+----------------------------------------------------+
        | NPU   Name                | Health        | Power(W)    Temp(C)           Hugepages-Usage(page)|
        | Chip                      | Bus-Id        | AICore(%)   Memory-Usage(MB)  HBM-Usage(MB)        |
        +===========================+===============+====================================================+
        | 0     910B3               | OK            | 93.6        40                0    / 0             |
        | 0                         | 0000:C1:00.0  | 0           0    / 0          3385 / 65536         |
        +===========================+===============+====================================================+
        | 1     910B3               | OK            | 90.1        39                0    / 0             |
        | 0                         | 0000:01:00.0  | 0           0    / 0          3385 / 65536         |
        +===========================+===============+====================================================+
        """

    /// `npu-smi info` on an Atlas A3 (910C): two chips per NPU, second chip without power
    /// (layout as printed in vllm-ascend issue 2534).
    static let npuSmiA3 = """
        +------------------------------------------------------------------------------------------------+
        | npu-smi 25.0.rc1.1               Version: 25.0.rc1.1                                           |
        +---------------------------+---------------+----------------------------------------------------+
        | NPU   Name                | Health        | Power(W)    Temp(C)           Hugepages-Usage(page)|
        | Chip  Phy-ID              | Bus-Id        | AICore(%)   Memory-Usage(MB)  HBM-Usage(MB)        |
        +===========================+===============+====================================================+
        | 0     Ascend910           | OK            | 178.5       36                0    / 0             |
        | 0     0                   | 0000:9D:00.0  | 0           0    / 0          3416 / 65536         |
        +------------------------------------------------------------------------------------------------+
        | 0     Ascend910           | OK            | -           36                0    / 0             |
        | 1     1                   | 0000:9F:00.0  | 0           0    / 0          3195 / 65536         |
        +===========================+===============+====================================================+
        """

    static let all: [GoldenExample] = [
        .capabilities(
            "910B: BF16/INT8/INT4 cube modes, no FP8, FlagPerf usable memory, vLLM Ascend from CANN 8.0.0",
            module: "huawei/ascend-910b",
            expect: """
                {"report": {"precisions": [{"precision": "bf16", "level": "native"}, {"precision": "int4", "level": "native"},
                                           {"precision": "fp8", "level": "unsupported"}],
                  "usableMemoryBytes": {"value": 64768106823.68, "tier": "measured"},
                  "sustainedComputeFraction": null,
                  "scaleUp": {"domainSize": {"value": 8}},
                  "frameworks": [{"name": "vLLM Ascend", "features": ["mla"]}, {"name": "MindIE"}]}}
                """),
        .capabilities(
            "910B on CANN 7.0.0: vLLM Ascend needs CANN 8.0.0", module: "huawei/ascend-910b", stack: "CANN 7.0.0",
            expect: """
                {"report": {"stack": "CANN 7.0.0", "frameworks": [{"name": "MindIE"}, {"name": "SGLang"}],
                            "notes": ["vLLM Ascend needs CANN 8.0.0 or newer"]}}
                """),
        .capabilities(
            "910B on CANN 8.0.RC1: a release candidate comes before 8.0.0", module: "huawei/ascend-910b", stack: "CANN 8.0.RC1",
            expect: """
                {"report": {"notes": ["vLLM Ascend needs CANN 8.0.0 or newer"]}}
                """),
        .validate("the shipped 910B descriptor is clean", module: "huawei/ascend-910b", expect: #"{"diagnostics": []}"#),
        .validate(
            "an A3 SoC in the 910B family and a malformed CANN version", path: "Registry/accelerators/huawei/ascend-910b.yaml",
            yaml: """
                kind: accelerator
                id: huawei/ascend-910b
                name: Huawei Ascend 910B
                vendor: huawei
                x-huawei:
                  short_soc_version: Ascend910B
                  soc_versions: [Ascend910B3, Ascend910_9391]
                  cann_releases_listing_atlas_800t_a2: ["8.0"]
                """,
            expect: """
                {"diagnostics": [{"ruleID": "huawei-soc-version", "range": {"start": {"line": 7, "column": 31}}},
                                 {"ruleID": "huawei-cann-version", "range": {"start": {"line": 8, "column": 41}}}]}
                """),
        .discover(
            "an Atlas 800T A2: 910B by PCI id, bin and HBM from npu-smi info",
            devices: [
                PCIDevice(address: "0000:c1:00.0", vendor: "19e5", device: "d802", class: "120000"),
                PCIDevice(address: "0000:01:00.0", vendor: "19e5", device: "d802", class: "120000"),
            ], tools: [ToolOutput(tool: "npu-smi info", output: npuSmiA2)],
            expect: """
                {"matches": [{"address": "0000:c1:00.0", "modules": ["huawei/ascend-910b"]}],
                 "reports": [{"address": "0000:c1:00.0", "product": "910B3", "modules": ["huawei/ascend-910b"],
                              "memoryTotalBytes": 68719476736, "driverVersion": "23.0.6"}]}
                """),
        .discover(
            "an Atlas 800T A2 with 910B2 NPUs: npu-smi names the bin that has its own descriptor",
            devices: [PCIDevice(address: "0000:c1:00.0", vendor: "19e5", device: "d802", class: "120000")],
            tools: [ToolOutput(tool: "npu-smi info", output: npuSmiA2.replacing("910B3", with: "910B2"))],
            expect: """
                {"reports": [{"address": "0000:c1:00.0", "product": "910B2", "modules": ["huawei/ascend-910b2"]},
                             {"address": "0000:01:00.0", "product": "910B2", "modules": ["huawei/ascend-910b2"]}]}
                """),
        .capabilities(
            "910B2: the A2 precisions and frameworks, no FP8", module: "huawei/ascend-910b2",
            expect: """
                {"report": {"precisions": [{"precision": "bf16", "level": "native"}, {"precision": "fp8", "level": "unsupported"}],
                            "frameworks": [{"name": "vLLM Ascend"}, {"name": "MindIE"}]}}
                """),
        .discover(
            "an Atlas A3: the 910C is placed by npu-smi info alone (no citable PCI id)",
            devices: [
                PCIDevice(address: "0000:9d:00.0", vendor: "19e5", device: "d803", class: "120000")
            ], tools: [ToolOutput(tool: "npu-smi info", output: npuSmiA3)],
            expect: """
                {"matches": [{"address": "0000:9d:00.0", "modules": []}],
                 "reports": [{"address": "0000:9d:00.0", "product": "Ascend910", "modules": ["huawei/ascend-910c"]},
                             {"address": "0000:9f:00.0", "modules": ["huawei/ascend-910c"]}]}
                """),
    ]
}
