import OAMAdapterAPI

/// Golden examples of the Google adapter: run by the test suite and by `oam adapter check google`.
enum GoogleExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "TPU v6e: bf16 and Int8 native, 256-chip torus", module: "google/tpu-v6e",
            expect: """
                {"report": {"module": "google/tpu-v6e",
                  "precisions": [{"precision": "int8", "level": "native", "tier": "vendor"},
                                 {"precision": "bf16", "level": "native"}],
                  "scaleUp": {"domainSize": {"value": 256}, "topology": "torus"}}}
                """),
        .validate("the shipped TPU v5e descriptor is clean", module: "google/tpu-v5e", expect: #"{"diagnostics": []}"#),
        .validate(
            "v6e with v5e's four MXUs", path: "Registry/accelerators/google/tpu-v6e.yaml",
            yaml: """
                kind: accelerator
                id: google/tpu-v6e
                name: Google Cloud TPU v6e (Trillium)
                vendor: google
                x-google:
                  tensorcores: 1
                  mxus_per_tensorcore: 4
                """,
            expect: #"{"diagnostics": [{"ruleID": "google-mxus", "range": {"start": {"line": 7, "column": 24}}}]}"#),
    ]
}
