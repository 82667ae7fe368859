import OAMCore

/// An accelerator's `vendor` is the first part of its id.
public struct VendorMatchesIDRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "vendor-matches-id", category: .consistency,
        summary: "An accelerator's `vendor` equals the first part of its `id` (`amd` for `amd/mi300x`).",
        rationale:
            "The registry files, groups and filters accelerators by vendor. An id under one vendor with a `vendor:` naming another puts the module in two places at once, and almost always means a descriptor was copied from another vendor's file and only half edited.",
        valid: [RuleExample("kind: accelerator\nid: moore-threads/mtt-s4000\nvendor: moore-threads\n")],
        invalid: [RuleExample("kind: accelerator\nid: amd/mi300x\nvendor: ↓nvidia\n")])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, !a.vendor.isEmpty, let slash = a.id.firstIndex(of: "/") else {
            return []
        }
        let owner = String(a.id[..<slash])
        guard !owner.isEmpty, owner != a.vendor else { return [] }
        return [
            finding(
                file, file.range(of: "vendor"),
                "vendor '\(a.vendor)' is not the first part of the id '\(a.id)', which files the module under '\(owner)'",
                fix:
                    "write vendor: \(owner), or, if the vendor is right, change the id to '\(a.vendor)/\(a.product)' and move the file to accelerators/\(a.vendor)/"
            )
        ]
    }
}
