import OAMAdapterAPI

/// Golden examples of the Kunlunxin adapter.
enum KunlunxinExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "R300: ring domain of 8, no derivable per-peer bandwidth", module: "kunlunxin/r300",
            expect: """
                {"report": {"scaleUp": {"domainSize": {"value": 8}, "topology": "ring", "perPeerBytesPerSecond": null},
                            "precisions": [{"precision": "fp16", "level": "native"}], "frameworks": [{"name": "PaddleNLP"}]}}
                """),
        .validate("the shipped R300 descriptor is clean", module: "kunlunxin/r300", expect: #"{"diagnostics": []}"#),
        .validate(
            "a device node outside /dev", path: "Registry/accelerators/kunlunxin/r300.yaml",
            yaml: """
                kind: accelerator
                id: kunlunxin/r300
                name: Kunlunxin R300
                vendor: kunlunxin
                x-kunlunxin:
                  device_nodes: [/dev/xpu0, xpuctrl]
                """,
            expect: #"{"diagnostics": [{"ruleID": "kunlunxin-device-node", "range": {"start": {"line": 6, "column": 29}}}]}"#),
        .discover(
            "an R480-X8 function (class 0780, a communication controller) is an R300, with the shared-id caveat",
            devices: [
                PCIDevice(address: "0000:4f:00.0", vendor: "1d22", device: "3684", class: "078000")
            ],
            expect: """
                {"matches": [{"address": "0000:4f:00.0", "modules": ["kunlunxin/r300"], "name": "Kunlun AI Accelerator"}]}
                """),
    ]
}
