import OAMAdapterAPI

/// Golden examples of the Tenstorrent adapter: run by the test suite and by
/// `oam adapter check tenstorrent`.
enum TenstorrentExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "p150: BLOCKFP8 and BF16 native, the BF16 HiFi2 GEMM ceiling (284.84 / 332 TFLOPS = 0.858) and the BLOCKFP8 LoFi one (585.86 / 664 = 0.882)",
            module: "tenstorrent/blackhole-p150",
            expect: """
                {"report": {"module": "tenstorrent/blackhole-p150",
                  "precisions": [{"precision": "bfp8", "level": "native", "tier": "vendor"},
                                 {"precision": "bf16", "level": "native"}],
                  "sustainedComputeFraction": {"value": 0.858, "tier": "measured"},
                  "sustainedComputeByPrecision": [{"precision": "bfp8", "fraction": 0.882}],
                  "frameworks": [{"name": "TT-NN"}]}}
                """),
        .capabilities(
            "p100a: the same precisions, no GEMM ceiling of its own", module: "tenstorrent/blackhole-p100a",
            expect: """
                {"report": {"module": "tenstorrent/blackhole-p100a",
                  "precisions": [{"precision": "bfp8", "level": "native"}, {"precision": "bf16", "level": "native"}],
                  "sustainedComputeFraction": null}}
                """),
        .validate("the shipped p150 descriptor is clean", module: "tenstorrent/blackhole-p150", expect: #"{"diagnostics": []}"#),
        .validate(
            "the p100a's part number on a p150 descriptor", path: "Registry/accelerators/tenstorrent/blackhole-p150.yaml",
            yaml: """
                kind: accelerator
                id: tenstorrent/blackhole-p150
                name: Tenstorrent Blackhole p150
                vendor: tenstorrent
                x-tenstorrent:
                  part_numbers: [TC-03003, TC-03008]
                  tensix_cores: 120
                """,
            expect: #"{"diagnostics": [{"ruleID": "tenstorrent-part-number", "range": {"start": {"line": 6, "column": 28}}}]}"#),
        .validate(
            "more Tensix cores than a Blackhole chip has", path: "Registry/accelerators/tenstorrent/blackhole-p100a.yaml",
            yaml: """
                kind: accelerator
                id: tenstorrent/blackhole-p100a
                name: Tenstorrent Blackhole p100a
                vendor: tenstorrent
                x-tenstorrent:
                  tensix_cores: 144
                """,
            expect: #"{"diagnostics": [{"ruleID": "tenstorrent-tensix-cores", "range": {"start": {"line": 6, "column": 17}}}]}"#),
        .discover(
            "a Blackhole device (1e52:b140) is either Blackhole card in the registry, with the shared-id note",
            devices: [PCIDevice(address: "0000:03:00.0", vendor: "1e52", device: "b140", class: "120000")],
            expect: """
                {"matches": [{"address": "0000:03:00.0",
                              "modules": ["tenstorrent/blackhole-p100a", "tenstorrent/blackhole-p150"],
                              "name": "Blackhole"}]}
                """),
        .discover(
            "a Wormhole card is named, not in the registry",
            devices: [PCIDevice(address: "0000:04:00.0", vendor: "1e52", device: "401e", class: "120000")],
            expect: """
                {"matches": [{"address": "0000:04:00.0", "modules": [], "name": "Wormhole"}]}
                """),
    ]
}
