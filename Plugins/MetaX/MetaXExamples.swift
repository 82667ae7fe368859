import OAMAdapterAPI

/// Golden examples of the MetaX adapter.
enum MetaXExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "C500: no FP8, FlagPerf usable memory, MetaXLink groups of four", module: "metax/c500",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "unsupported"}, {"precision": "bf16", "level": "native"}],
                            "usableMemoryBytes": {"value": 65186866135.04},
                            "scaleUp": {"domainSize": {"value": 4}},
                            "frameworks": [{"name": "vLLM-MetaX", "features": ["int4-awq"]}]}}
                """),
        .capabilities(
            "C550 on MACA 2.22: PaddleNLP needs MXMACA 2.23.0.1018", module: "metax/c550", stack: "MACA 2.22.0",
            expect: """
                {"report": {"frameworks": [{"name": "vLLM-MetaX"}, {"name": "LMDeploy"}]}}
                """),
        .validate("the shipped C550 descriptor is clean", module: "metax/c550", expect: #"{"diagnostics": []}"#),
        .validate(
            "a MACA version with a word in it", path: "Registry/accelerators/metax/c550.yaml",
            yaml: """
                kind: accelerator
                id: metax/c550
                name: MetaX Xiyun C550
                vendor: metax
                x-metax:
                  pci_vendor_id: "9999"
                  mxmaca_min_version: 2.23 GA
                """, expect: #"{"diagnostics": [{"ruleID": "metax-version", "range": {"start": {"line": 7, "column": 23}}}]}"#),
        .discover(
            "a MetaX device: vendor 9999 is claimed, but no device id is public",
            devices: [
                PCIDevice(address: "0000:05:00.0", vendor: "9999", device: "4001", class: "030200")
            ], expect: #"{"matches": [{"address": "0000:05:00.0", "modules": []}]}"#),
    ]
}
