import OAMCore

/// An `x-<name>` block in an accelerator is named after the accelerator's own vendor.
public struct VendorBlockOwnerRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "vendor-block-owner", category: .consistency,
        summary: "An `x-<name>` block in an accelerator is named after its own vendor (`x-amd` only in `amd/...`).",
        rationale:
            "Vendor blocks are left unvalidated for the vendor's adapter to read. The adapter of one vendor only reads its own block, so a foreign block is never read or checked: its fields are silently lost, usually after copying from another vendor's descriptor.",
        valid: [RuleExample("kind: accelerator\nid: amd/mi300x\nvendor: amd\nx-amd:\n  gfx_target: gfx942\n")],
        invalid: [
            RuleExample("kind: accelerator\nid: amd/mi300x\nvendor: amd\n↓x-nvidia:\n  sm: 90\n"),
            RuleExample("kind: accelerator\nid: moore-threads/mtt-s4000\nvendor: moore-threads\n↓x-moorethreads:\n  musa: 3.1\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let entries = file.root?.entries,
            entries.contains(where: { $0.key.text.utf8.first == UInt8(ascii: "x") && $0.key.text.hasPrefix("x-") })
        else { return [] }  // no vendor block: nothing to check, and no vendor to work out
        let vendor = a.vendor.isEmpty ? String(a.id.split(separator: "/").first ?? "") : a.vendor
        guard !vendor.isEmpty else { return [] }
        return entries.compactMap { entry in
            let key = entry.key.text
            guard key.hasPrefix("x-"), key.count > 2, key.dropFirst(2) != vendor else { return nil }
            return finding(
                file, SourceRange(key: entry),
                "vendor block '\(key)' in an accelerator of vendor '\(vendor)'; only the \(vendor) adapter reads this file's vendor block, so nothing would read or check '\(key)'",
                fix: "rename it to 'x-\(vendor)' if it holds \(vendor) fields, or move what it says to notes")
        }
    }
}
