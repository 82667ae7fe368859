import OAMAdapterAPI

/// Golden examples of the Intel Gaudi adapter.
enum IntelExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "Gaudi 2: FP8 from 1.14.0, hl-smi usable memory, MAMF fraction, on-module scale-out", module: "intel/gaudi2",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "native", "minimumStack": "Intel Gaudi software 1.14.0"}],
                  "usableMemoryBytes": {"value": 102273908736},
                  "sustainedComputeFraction": {"value": 0.994},
                  "scaleOutBytesPerSecond": {"value": 37500000000},
                  "frameworks": [{"name": "vLLM (Intel Gaudi plugin)", "features": ["fp8-kv-cache"]}]}}
                """),
        .capabilities(
            "Gaudi 2 on 1.13: FP8 not yet", module: "intel/gaudi2", stack: "Intel Gaudi software 1.13.0",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "unsupported", "minimumStack": "Intel Gaudi software 1.14.0"}]}}
                """),
        .capabilities(
            "Gaudi 3: fraction of the registry's 1835 TFLOPS peak", module: "intel/gaudi3",
            expect: """
                {"report": {"sustainedComputeFraction": {"value": 0.702}, "usableMemoryBytes": null}}
                """),
        .validate("the shipped Gaudi 3 descriptor is clean", module: "intel/gaudi3", expect: #"{"diagnostics": []}"#),
        .validate(
            "a Gaudi 2 model number on Gaudi 3", path: "Registry/accelerators/intel/gaudi3.yaml",
            yaml: """
                kind: accelerator
                id: intel/gaudi3
                name: Intel Gaudi 3
                vendor: intel
                x-intel:
                  model: HL-225
                  mme_units: eight
                """,
            expect: """
                {"diagnostics": [{"ruleID": "intel-model", "fix": "write 'HL-325L'", "range": {"start": {"line": 6, "column": 10}}},
                                 {"ruleID": "intel-field-type", "range": {"start": {"line": 7, "column": 14}}}]}
                """),
        .discover(
            "Gaudi 2 and Gaudi 3 by PCI id",
            devices: [
                PCIDevice(address: "0000:33:00.0", vendor: "1da3", device: "1020", class: "120000"),
                PCIDevice(address: "0000:9a:00.0", vendor: "1da3", device: "1060", class: "120000"),
            ],
            expect: """
                {"matches": [{"address": "0000:33:00.0", "modules": ["intel/gaudi2"]}, {"address": "0000:9a:00.0", "modules": ["intel/gaudi3"]}]}
                """),
        .discover(
            "the Gaudi 3 PCIe add-in id is the HL-338 card",
            devices: [PCIDevice(address: "0000:b1:00.0", vendor: "1da3", device: "1063", class: "120000")],
            expect: """
                {"matches": [{"address": "0000:b1:00.0", "modules": ["intel/gaudi3-hl338"], "name": "Gaudi3 HL-338 PCIe card"}]}
                """),
    ]
}
