import OAMAdapterAPI

/// Golden examples of the Biren adapter.
enum BirenExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "BR100: no FP8/FP64, mesh per-peer bandwidth from the descriptor, frameworks unknown", module: "biren/br100",
            expect: """
                {"report": {"precisions": [{"precision": "fp8", "level": "unsupported"}, {"precision": "fp64", "level": "unsupported"},
                                           {"precision": "bf16", "level": "native"}],
                            "scaleUp": {"domainSize": {"value": 8}, "perPeerBytesPerSecond": {"value": 36571428571.43}},
                            "frameworks": []}}
                """),
        .validate("the shipped BR100 descriptor is clean", module: "biren/br100", expect: #"{"diagnostics": []}"#),
        .validate(
            "a TF32+ peak in bytes and a yes/no flag", path: "Registry/accelerators/biren/br104.yaml",
            yaml: """
                kind: accelerator
                id: biren/br104
                name: Biren BR104
                vendor: biren
                x-biren:
                  tf32_plus_peak: 256 GB
                  int16_supported: yes
                """,
            expect: """
                {"diagnostics": [{"ruleID": "biren-field-type", "range": {"start": {"line": 6, "column": 19}}},
                                 {"ruleID": "biren-field-type", "range": {"start": {"line": 7, "column": 20}}}]}
                """),
    ]
}
