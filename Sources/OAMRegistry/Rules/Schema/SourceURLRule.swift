/// Source URLs are absolute http(s) URLs.
public struct SourceURLRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "source-url", category: .evidence,
        summary: "Every source has an absolute http(s) URL a reader can open.",
        rationale: "A figure is only as good as the document behind it; a reviewer must be able to open that document.",
        valid: [
            RuleExample(
                "kind: accelerator\nsources:\n  amd:\n    url: https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html\n    tier: vendor\n    covers: [memory]\n"
            )
        ],
        invalid: [
            RuleExample(
                "kind: accelerator\nsources:\n  amd:\n    url: ↓amd.com datasheet\n    tier: vendor\n    covers: [memory]\n")
        ])
}
