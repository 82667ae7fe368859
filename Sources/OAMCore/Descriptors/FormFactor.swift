/// The mechanical form of a module or baseboard (`form_factor`), as the schema spells it.
public enum FormFactor: String, Sendable, Hashable, CaseIterable {
    /// OCP Accelerator Module.
    case oam
    /// NVIDIA's mezzanine module.
    case sxm
    /// A PCIe add-in card.
    case pcie
    /// A vendor's own module format.
    case proprietary
    /// An OCP Universal Baseboard (module specs only).
    case ubb

    /// The forms an accelerator descriptor may state (a baseboard is not a module).
    public static let modules: [FormFactor] = [.oam, .sxm, .pcie, .proprietary]
}
