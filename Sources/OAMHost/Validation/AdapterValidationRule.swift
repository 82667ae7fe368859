import OAMAdapterAPI
import OAMCore
import OAMRegistry

/// Runs each accelerator's vendor adapter validation (`x-<vendor>` block, PCI ids, naming)
/// as part of `oam validate`. Findings keep the adapter's rule ids (`amd-gfx-target`,
/// `nvidia-compute-capability`…); vendors without an adapter get the generic adapter's
/// shape checks.
public struct AdapterValidationRule: Rule {
    public var adapters: [any AcceleratorAdapter] { catalog.adapters }
    /// Which adapter answers for an accelerator: the one lookup the solver uses too.
    private let catalog: CapabilityCatalog

    /// With the in-tree adapters.
    public init() {
        self.init(adapters: BuiltInAdapters.vendorAdapters)
    }

    public init(adapters: [any AcceleratorAdapter]) {
        self.catalog = CapabilityCatalog(adapters: adapters)
    }

    public static let description = RuleDescription(
        id: "vendor-adapter", category: .schema,
        summary:
            "Each accelerator passes its vendor adapter's checks: the `x-<vendor>` block, PCI ids under the vendor's PCI vendor id, naming.",
        rationale:
            "The schema leaves `x-<vendor>` blocks to the vendor's adapter, which knows what a gfx target, a compute capability or a CANN version looks like and which PCI ids are which product. Without this rule a wrong target or a copied PCI id passes silently and misleads discovery and capability reports.",
        valid: [
            RuleExample(
                "kind: accelerator\nid: amd/mi300x\nname: AMD Instinct MI300X\nvendor: amd\npci_ids: [\"1002:74a1\"]\nx-amd:\n  gfx_target: gfx942\n"
            )
        ],
        invalid: [
            RuleExample(
                "kind: accelerator\nid: amd/mi300x\nname: AMD Instinct MI300X\nvendor: amd\nx-amd:\n  gfx_target: ↓gfx90a\n"),
            RuleExample("kind: accelerator\nid: amd/mi300x\nname: AMD Instinct MI300X\nvendor: amd\npci_ids: [↓\"10de:2330\"]\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let accelerator)? = file.descriptor else { return [] }
        return catalog.adapter(for: accelerator).validate(accelerator, file: DescriptorLocation(path: file.path, root: file.root))
    }
}
