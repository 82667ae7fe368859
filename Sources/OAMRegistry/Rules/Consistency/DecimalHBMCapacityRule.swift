import OAMCore

/// An HBM capacity is written in binary units (the capacity the device exposes), or the
/// notes say why a decimal figure is kept.
public struct DecimalHBMCapacityRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "decimal-hbm-capacity", severity: .warning, category: .consistency,
        summary:
            "An HBM `memory.capacity` is written in `GiB`/`TiB` (what the device exposes), unless the notes say why the decimal figure is kept (the word 'decimal').",
        rationale:
            "HBM stacks hold powers of two, and the registry records the binary capacity the device exposes (H100 80 GiB, MI300X 192 GiB). A datasheet's '96 GB' read as 96e9 bytes is 7 % below the 96 GiB the device holds, which moves fit verdicts at the margin and makes modules incomparable; where only a decimal figure is public (or the device really exposes a decimal amount), the notes say so and the warning goes away.",
        valid: [
            RuleExample("kind: accelerator\nmemory:\n  capacity: 96 GiB\n  type: hbm3\n"),
            RuleExample("kind: accelerator\nmemory:\n  capacity: 48 GB\n  type: gddr6\n"),
            RuleExample(
                "kind: accelerator\nmemory:\n  capacity: 141 GB\n  type: hbm3e\nnotes: >\n  141 GB is decimal: six 24 GiB stacks with part of the memory disabled; the device exposes 143771 MiB.\n"
            ),
        ],
        invalid: [
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓96 GB\n  type: hbm3\n"),
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓0.192 TB\n  type: hbm3e\nnotes: HBM3e, eight stacks.\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let figure = a.memory.capacity, let capacity = figure.value,
            let type = a.memory.type?.value, type.hasPrefix("hbm"),
            Self.isDecimal(capacity), !Self.saysDecimal(a.notes)
        else { return [] }
        return [
            finding(
                file, figure.range,
                "HBM capacity \(capacity) is written in decimal units; the registry records the binary capacity the device exposes",
                fix:
                    "write the device's binary capacity (e.g. 96 GiB for 96 GB of HBM) with a source that shows it, or say in notes why the decimal figure is kept (use the word 'decimal')"
            )
        ]
    }

    /// True when the notes hold the word 'decimal' in any case. Lower-casing a long note
    /// and searching it through Foundation is slow, so the bytes are searched, ASCII letters
    /// folded: no other character lower-cases to one of the letters of 'decimal' (U+0130
    /// becomes 'i' plus a combining dot, which the search does not match), so a note without
    /// those bytes cannot contain the word. A match between ASCII bytes (or the ends) is the
    /// word as the character search sees it; one next to a byte of a longer character (a
    /// combining mark would change the 'l') is checked as before.
    static func saysDecimal(_ notes: String?) -> Bool {
        guard let notes else { return false }
        let found =
            notes.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                var undecided = false
                var start = 0
                while let match = firstFolded(decimalBytes, in: bytes, from: start) {
                    let next = match + decimalBytes.count
                    let asciiBefore = match == 0 || bytes[match - 1] < 0x80
                    if asciiBefore && (next == bytes.count || bytes[next] < 0x80) { return true }
                    undecided = true
                    start = match + 1
                }
                return undecided ? nil : false
            } ?? nil
        return found ?? notes.lowercased().contains("decimal")
    }

    private static let decimalBytes = Array("decimal".utf8)

    /// The offset of the first place at or after `start` where `bytes`, each folded with
    /// `| 0x20`, read `word` (lower-case ASCII letters).
    private static func firstFolded(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes.count >= word.count, start <= bytes.count - word.count else { return nil }
        return (start...(bytes.count - word.count)).first { offset in
            (0..<word.count).allSatisfy { bytes[offset + $0] | 0x20 == word[$0] }
        }
    }

    /// True when the figure was written with a decimal byte unit (`GB`, `TB`).
    static func isDecimal(_ quantity: Quantity) -> Bool {
        quantity.text.hasSuffix(" GB") || quantity.text.hasSuffix(" TB")
    }
}
