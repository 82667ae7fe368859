import OAMAdapterAPI

/// Golden examples of the AWS adapter: run by the test suite and by `oam adapter check aws`.
enum AWSExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "Trainium3: MXFP8 and MXFP4 native at the same rate", module: "aws/trainium3",
            expect: """
                {"report": {"module": "aws/trainium3",
                  "precisions": [{"precision": "mxfp8", "level": "native", "tier": "vendor"},
                                 {"precision": "mxfp4", "level": "native"}]}}
                """),
        .capabilities(
            "Trainium2: FP8 native, MXFP4 not applicable", module: "aws/trainium2",
            expect: """
                {"report": {"module": "aws/trainium2",
                  "precisions": [{"precision": "fp8", "level": "native"}, {"precision": "mxfp4", "level": "unsupported"}]}}
                """),
        .validate("the shipped Trainium3 descriptor is clean", module: "aws/trainium3", expect: #"{"diagnostics": []}"#),
        .validate(
            "Trainium2 with Trainium3's NeuronCore generation", path: "Registry/accelerators/aws/trainium2.yaml",
            yaml: """
                kind: accelerator
                id: aws/trainium2
                name: AWS Trainium2
                vendor: aws
                x-aws:
                  neuroncore_version: v4
                """,
            expect: #"{"diagnostics": [{"ruleID": "aws-neuroncore-version", "range": {"start": {"line": 6, "column": 23}}}]}"#),
    ]
}
