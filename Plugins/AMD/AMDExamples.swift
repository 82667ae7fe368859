import OAMAdapterAPI

/// Golden examples of the AMD adapter: run by the test suite and by `oam adapter check amd`.
enum AMDExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "MI300X on the newest ROCm: FNUZ FP8 native, MXFP4 weight-only (no FP4 matrix instructions on gfx942), measured fractions, derived per-peer bandwidth",
            module: "amd/mi300x",
            expect: """
                {"report": {"module": "amd/mi300x",
                  "precisions": [
                    {"precision": "fp8", "level": "native", "minimumStack": "ROCm 6.1.0", "tier": "vendor"},
                    {"precision": "fp4", "level": "emulated"},
                    {"precision": "bf16", "level": "native"}],
                  "usableMemoryBytes": null,
                  "sustainedComputeFraction": {"value": 0.511, "tier": "measured"},
                  "sustainedBandwidthFraction": {"value": 0.772, "tier": "measured"},
                  "scaleUp": {"domainSize": {"value": 8}, "topology": "fully-connected",
                              "perPeerBytesPerSecond": {"value": 64000000000},
                              "allReduceBytesPerSecond": {"value": 316800000000, "tier": "measured"}},
                  "frameworks": [{"name": "SGLang", "features": ["mla", "fp8-block-scales"]},
                                 {"name": "vLLM", "features": ["fp8-per-tensor"]}]}}
                """),
        .capabilities(
            "MI300X on ROCm 6.0: FP8 is reported unsupported with its minimum stack; no GEMM ceiling was measured that old",
            module: "amd/mi300x", stack: "ROCm 6.0",
            expect: """
                {"report": {"module": "amd/mi300x", "stack": "ROCm 6.0",
                  "precisions": [{"precision": "fp8", "level": "unsupported", "minimumStack": "ROCm 6.1.0"},
                                 {"precision": "bf16", "level": "native"}],
                  "sustainedComputeFraction": null}}
                """),
        .capabilities(
            "MI300X on ROCm 6.1.2 (the MLPerf v4.1 submission's stack): the ROCm 6.1 GEMM ceiling, ~450 TFLOPS BF16",
            module: "amd/mi300x", stack: "ROCm 6.1.2",
            expect: """
                {"report": {"module": "amd/mi300x", "stack": "ROCm 6.1.2",
                  "precisions": [{"precision": "fp8", "level": "native"}],
                  "sustainedComputeFraction": {"value": 0.344, "tier": "third-party"}}}
                """),
        .capabilities(
            "MI355X on ROCm 6.4: FP4/FP6/FP8 need ROCm 7.0, and SGLang's MXFP4 path is dropped", module: "amd/mi355x",
            stack: "ROCm 6.4.3",
            expect: """
                {"report": {"module": "amd/mi355x",
                  "precisions": [{"precision": "fp4", "level": "unsupported", "minimumStack": "ROCm 7.0"},
                                 {"precision": "fp6", "level": "unsupported", "minimumStack": "ROCm 7.0"},
                                 {"precision": "fp8", "level": "unsupported", "minimumStack": "ROCm 7.0"}],
                  "frameworks": [{"name": "vLLM"}]}}
                """),
        .capabilities(
            "MI355X on ROCm 7.0: MXFP4 native, TF32 emulated by hipBLASLt", module: "amd/mi355x", stack: "ROCm 7.0",
            expect: """
                {"report": {"module": "amd/mi355x",
                  "precisions": [{"precision": "fp4", "level": "native", "minimumStack": "ROCm 7.0"},
                                 {"precision": "tf32", "level": "emulated", "minimumStack": "ROCm 7.0.0"}],
                  "frameworks": [{"name": "SGLang", "features": ["mxfp4"]}]}}
                """),
        .capabilities(
            "MI250X: per-GCD sustained fraction, no FP8", module: "amd/mi250x",
            expect: """
                {"report": {"module": "amd/mi250x",
                  "precisions": [{"precision": "fp8", "level": "unsupported"}],
                  "sustainedComputeFraction": {"value": 0.768}}}
                """),
        .validate("the shipped MI300X descriptor is clean", module: "amd/mi300x", expect: #"{"diagnostics": []}"#),
        .validate(
            "a CDNA 2 target on a CDNA 3 module, an NVIDIA PCI id, an off-brand name",
            path: "Registry/accelerators/amd/mi300x.yaml",
            yaml: """
                kind: accelerator
                id: amd/mi300x
                name: Instinct MI300X
                vendor: amd
                pci_ids: ["10de:2330", "1002:74a5"]
                x-amd:
                  gfx_target: gfx90a
                  gfx_taget: gfx942
                """,
            expect: """
                {"diagnostics": [
                  {"ruleID": "amd-naming", "severity": "warning", "range": {"start": {"line": 3, "column": 7}}},
                  {"ruleID": "amd-pci-vendor", "severity": "error", "range": {"start": {"line": 5, "column": 11}}},
                  {"ruleID": "amd-pci-device", "severity": "error", "range": {"start": {"line": 5, "column": 24}}},
                  {"ruleID": "amd-gfx-target", "severity": "error", "fix": "write 'gfx942'", "range": {"start": {"line": 7, "column": 15}}},
                  {"ruleID": "amd-unknown-key", "severity": "warning", "fix": "did you mean 'gfx_target'?", "range": {"start": {"line": 8, "column": 3}}}]}
                """),
        .discover(
            "MI300X physical and virtual functions, an MI250X GCD, an unknown AMD id",
            devices: [
                PCIDevice(address: "0000:0c:00.0", vendor: "1002", device: "74a1", class: "120000"),
                PCIDevice(address: "0000:0d:00.0", vendor: "1002", device: "74b5", class: "120000"),
                PCIDevice(address: "0000:29:00.0", vendor: "1002", device: "7408", class: "038000"),
                PCIDevice(address: "0000:45:00.0", vendor: "1002", device: "ffff", class: "120000"),
            ],
            expect: """
                {"matches": [
                  {"address": "0000:0c:00.0", "modules": ["amd/mi300x"], "name": "Instinct MI300X"},
                  {"address": "0000:0d:00.0", "modules": ["amd/mi300x"], "name": "Instinct MI300X VF"},
                  {"address": "0000:29:00.0", "modules": ["amd/mi250x"]},
                  {"address": "0000:45:00.0", "modules": []}]}
                """),
    ]
}
