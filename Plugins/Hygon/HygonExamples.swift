import OAMAdapterAPI

/// Golden examples of the Hygon adapter.
enum HygonExamples {
    static let all: [GoldenExample] = [
        .capabilities("K100: only the descriptor's peaks; everything else unknown", module: "hygon/k100", expect: """
            {"report": {"precisions": [{"precision": "fp16", "level": "native"}, {"precision": "int8", "level": "native"}],
                        "usableMemoryBytes": null, "scaleUp": null, "frameworks": []}}
            """),
        .validate("the shipped K100 descriptor is clean", module: "hygon/k100", expect: #"{"diagnostics": []}"#),
        .validate("the K100 AI's target on the K100, a foreign PCI vendor", path: "Registry/accelerators/hygon/k100.yaml", yaml: """
            kind: accelerator
            id: hygon/k100
            name: Hygon DCU K100
            vendor: hygon
            x-hygon:
              pci_vendor_id: "1002"
              gfx_target: gfx926
            """, expect: """
            {"diagnostics": [{"ruleID": "hygon-pci-vendor", "range": {"start": {"line": 6, "column": 18}}},
                             {"ruleID": "hygon-gfx-target", "severity": "warning", "fix": "write 'gfx916'", "range": {"start": {"line": 7, "column": 15}}}]}
            """),
        .discover("a K100 AI is recognised but is not the registry's K100", devices: [
            PCIDevice(address: "0000:1b:00.0", vendor: "1d94", device: "6211", class: "0b4000"),
        ], expect: #"{"matches": [{"address": "0000:1b:00.0", "modules": [], "name": "K100_AI"}]}"#),
    ]
}
