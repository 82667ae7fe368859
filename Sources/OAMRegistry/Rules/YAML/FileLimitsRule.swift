/// Files past the reader's size, depth or node limits.
public struct FileLimitsRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "file-limits", category: .yaml,
        summary: "A file is at most 1 MiB, nests at most 64 levels and has at most 200,000 nodes.",
        rationale:
            "Real descriptors are a few KiB; anything past these limits is a mistake or an attack, and refusing it early keeps validation fast and bounded.",
        valid: [RuleExample("kind: accelerator\nx-acme: [[[[1]]]]\n")],
        invalid: [
            RuleExample(
                "kind: accelerator\nx-acme: " + String(repeating: "[", count: 63) + "↓[1" + String(repeating: "]", count: 64)
                    + "\n")
        ])
}
