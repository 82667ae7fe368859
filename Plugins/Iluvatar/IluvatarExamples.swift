import OAMAdapterAPI

/// Golden examples of the Iluvatar adapter.
enum IluvatarExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "BI-V150: per-device usable memory (two devices per card), no TF32", module: "iluvatar/bi-v150",
            expect: """
                {"report": {"precisions": [{"precision": "tf32", "level": "unsupported"}],
                            "usableMemoryBytes": {"value": 34177202257.92, "tier": "measured"},
                            "frameworks": [{"name": "FastDeploy"}]}}
                """),
        .validate("the shipped BI-V150 descriptor is clean", module: "iluvatar/bi-v150", expect: #"{"diagnostics": []}"#),
        .validate(
            "per-device memory that does not add up to the card's", path: "Registry/accelerators/iluvatar/bi-v150.yaml",
            yaml: """
                kind: accelerator
                id: iluvatar/bi-v150
                name: Iluvatar CoreX Tiangai 150
                vendor: iluvatar
                devices_per_module: 2
                memory:
                  capacity: 64 GiB
                x-iluvatar:
                  smi_tool: nvidia-smi
                  device_memory: 64 GiB
                """,
            expect: """
                {"diagnostics": [{"ruleID": "iluvatar-smi-tool", "range": {"start": {"line": 9, "column": 13}}},
                                 {"ruleID": "iluvatar-device-memory", "range": {"start": {"line": 10, "column": 18}}}]}
                """),
    ]
}
