import OAMAdapterAPI

/// Golden examples of the Alibaba adapter.
enum AlibabaExamples {
    static let all: [GoldenExample] = [
        .capabilities(
            "PPU: nothing beyond the descriptor is public, so precisions and frameworks are unknown",
            module: "alibaba/ppu",
            expect: """
                {"report": {"precisions": [], "frameworks": []}}
                """),
        .validate("the shipped PPU descriptor is clean", module: "alibaba/ppu", expect: #"{"diagnostics": []}"#),
        .validate(
            "another brand in the name, an unknown designer and a misspelled key",
            path: "Registry/accelerators/alibaba/ppu.yaml",
            yaml: """
                kind: accelerator
                id: alibaba/ppu
                name: Hanguang PPU
                vendor: alibaba
                x-alibaba:
                  designer: DAMO
                  desinger: T-Head
                """,
            expect: """
                {"diagnostics": [{"ruleID": "alibaba-naming", "severity": "warning", "range": {"start": {"line": 3, "column": 7}}},
                                 {"ruleID": "alibaba-designer", "severity": "warning", "range": {"start": {"line": 6, "column": 13}}},
                                 {"ruleID": "alibaba-unknown-key", "severity": "warning", "range": {"start": {"line": 7, "column": 3}}}]}
                """),
    ]
}
