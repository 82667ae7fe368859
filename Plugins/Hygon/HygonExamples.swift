import OAMAdapterAPI

/// Golden examples of the Hygon adapter.
enum HygonExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "K100: only the descriptor's peaks; everything else unknown", module: "hygon/k100",
            expect: """
                {"report": {"precisions": [{"precision": "fp16", "level": "native"}, {"precision": "int8", "level": "native"}],
                            "usableMemoryBytes": null, "scaleUp": null, "frameworks": []}}
                """),
        .validate("the shipped K100 descriptor is clean", module: "hygon/k100", expect: #"{"diagnostics": []}"#),
        .validate(
            "the K100 AI's target on the K100, a foreign PCI vendor", path: "Registry/accelerators/hygon/k100.yaml",
            yaml: """
                kind: accelerator
                id: hygon/k100
                name: Hygon DCU K100
                vendor: hygon
                x-hygon:
                  pci_vendor_id: "1002"
                  gfx_target: gfx926
                """,
            expect: """
                {"diagnostics": [{"ruleID": "hygon-pci-vendor", "range": {"start": {"line": 6, "column": 18}}},
                                 {"ruleID": "hygon-gfx-target", "severity": "warning", "fix": "write 'gfx916'", "range": {"start": {"line": 7, "column": 15}}}]}
                """),
        .capabilities(
            "K100 AI: FastDeploy (block attention) and PaddleNLP, no DTK gate stated", module: "hygon/k100-ai",
            stack: "DTK 24.04.1",
            expect: """
                {"report": {"stack": "DTK 24.04.1", "frameworks": [{"name": "FastDeploy", "features": ["paged-attention"]}, {"name": "PaddleNLP"}]}}
                """),
        .discover(
            "a K100 AI is the registry's k100-ai, not the K100; the 6210 id seen in one guide stays unmatched",
            devices: [
                PCIDevice(address: "0000:1b:00.0", vendor: "1d94", device: "6211", class: "0b4000"),
                PCIDevice(address: "0000:1c:00.0", vendor: "1d94", device: "6210", class: "0b4000"),
            ],
            expect: """
                {"matches": [{"address": "0000:1b:00.0", "modules": ["hygon/k100-ai"], "name": "K100_AI"},
                             {"address": "0000:1c:00.0", "modules": []}]}
                """),
    ]
}
