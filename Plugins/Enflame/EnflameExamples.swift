import OAMAdapterAPI

/// Golden examples of the Enflame adapter.
enum EnflameExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "S60: no FP8, INT4 weight-only through vLLM-GCU", module: "enflame/s60",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "unsupported"},
                                           {"precision": "int4", "level": "emulated", "minimumStack": "TopsRider 3.4"}],
                            "frameworks": [{"name": "vLLM-GCU", "features": ["int4-awq", "int4-gptq"]}]}}
                """),
        .capabilities(
            "S60 on TopsRider 3.3: weight-only paths and vLLM-GCU need 3.4", module: "enflame/s60", stack: "TopsRider 3.3.1",
            expect: """
                {"report": {"precisions": [{"precision": "int4", "level": "unsupported", "minimumStack": "TopsRider 3.4"}], "frameworks": []}}
                """),
        .validate("the shipped S60 descriptor is clean", module: "enflame/s60", expect: #"{"diagnostics": []}"#),
        .validate(
            "a memory variant whose id is not in pci_ids", path: "Registry/accelerators/enflame/t20.yaml",
            yaml: """
                kind: accelerator
                id: enflame/t20
                name: Enflame CloudBlazer T20
                vendor: enflame
                pci_ids: ["1e36:0021"]
                x-enflame:
                  memory_variants: {"1e36:0021": 32 GB, "1e36:0024": 64 GB}
                """,
            expect: """
                {"diagnostics": [{"ruleID": "enflame-memory-variant", "range": {"start": {"line": 7, "column": 41}}}]}
                """),
        .discover(
            "S60, S60G, an S90 not in the registry",
            devices: [
                PCIDevice(address: "0000:17:00.0", vendor: "1e36", device: "c035", class: "120000"),
                PCIDevice(address: "0000:18:00.0", vendor: "1e36", device: "c033", class: "120000"),
                PCIDevice(address: "0000:19:00.0", vendor: "1e36", device: "c032", class: "120000"),
            ],
            expect: """
                {"matches": [{"address": "0000:17:00.0", "modules": ["enflame/s60"], "name": "S60"},
                             {"address": "0000:18:00.0", "modules": ["enflame/s60"], "name": "S60G"},
                             {"address": "0000:19:00.0", "modules": [], "name": "S90 (48GB)"}]}
                """),
    ]
}
