import OAMAdapterAPI

/// Golden examples of the Cambricon adapter.
enum CambriconExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "MLU370-X8: vLLM-MLU with MLA from Cambricon SDK 25.08", module: "cambricon/mlu370-x8",
            expect: """
                {"report": {"precisions": [{"precision": "bf16", "level": "native"}, {"precision": "fp8", "level": "unsupported"}],
                            "frameworks": [{"name": "vLLM-MLU", "features": ["mla"]}], "usableMemoryBytes": null}}
                """),
        .capabilities(
            "MLU370-X8 on SDK 24.10: vLLM-MLU is dropped", module: "cambricon/mlu370-x8", stack: "Cambricon SDK 24.10",
            expect: #"{"report": {"frameworks": []}}"#),
        .capabilities(
            "MLU290-M5: no serving framework known", module: "cambricon/mlu290-m5", expect: #"{"report": {"frameworks": []}}"#),
        .validate("the shipped MLU290-M5 descriptor is clean", module: "cambricon/mlu290-m5", expect: #"{"diagnostics": []}"#),
        .validate(
            "a foreign PCI vendor id in x-cambricon", path: "Registry/accelerators/cambricon/mlu290-m5.yaml",
            yaml: """
                kind: accelerator
                id: cambricon/mlu290-m5
                name: Cambricon MLU290-M5
                vendor: cambricon
                x-cambricon:
                  pci_vendor_id: "1d22"
                  supply_voltage: 54 A
                """,
            expect: """
                {"diagnostics": [{"ruleID": "cambricon-pci-vendor", "range": {"start": {"line": 6, "column": 18}}},
                                 {"ruleID": "cambricon-field-type", "range": {"start": {"line": 7, "column": 19}}}]}
                """),
        .discover(
            "an MLU370-S4 card is recognised but not in the registry",
            devices: [
                PCIDevice(address: "0000:3b:00.0", vendor: "cabc", device: "0370", class: "120000")
            ], expect: #"{"matches": [{"address": "0000:3b:00.0", "modules": [], "name": "MLU370-S4"}]}"#),
    ]
}
