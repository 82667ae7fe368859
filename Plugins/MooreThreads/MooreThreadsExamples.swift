import OAMAdapterAPI

/// Golden examples of the Moore Threads adapter.
enum MooreThreadsExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "S5000: FP8 native (its first generation with FP8), vLLM-MUSA with MLA", module: "moore-threads/mtt-s5000",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "native"}, {"precision": "fp4", "level": "unsupported"}],
                            "frameworks": [{"name": "vLLM-MUSA", "features": ["mla"]}]}}
                """),
        .capabilities(
            "S4000: no FP8, frameworks unknown", module: "moore-threads/mtt-s4000",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "unsupported"}], "frameworks": []}}
                """),
        .validate("the shipped S4000 descriptor is clean", module: "moore-threads/mtt-s4000", expect: #"{"diagnostics": []}"#),
        .validate(
            "an mthreads-gmi total that is not the module's memory", path: "Registry/accelerators/moore-threads/mtt-s4000.yaml",
            yaml: """
                kind: accelerator
                id: moore-threads/mtt-s4000
                name: Moore Threads MTT S4000
                vendor: moore-threads
                memory:
                  capacity: 48 GiB
                x-moore-threads:
                  mthreads_gmi_total_mib: 81920
                """,
            expect: #"{"diagnostics": [{"ruleID": "moore-threads-gmi-memory", "range": {"start": {"line": 8, "column": 27}}}]}"#),
        .discover(
            "an S4000 and an S80 desktop card",
            devices: [
                PCIDevice(address: "0000:08:00.0", vendor: "1ed5", device: "0323", class: "030000"),
                PCIDevice(address: "0000:09:00.0", vendor: "1ed5", device: "0201", class: "030000"),
            ],
            expect: """
                {"matches": [{"address": "0000:08:00.0", "modules": ["moore-threads/mtt-s4000"]},
                             {"address": "0000:09:00.0", "modules": [], "name": "MTT S80"}]}
                """),
    ]
}
