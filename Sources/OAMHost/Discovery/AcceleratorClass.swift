import OAMAdapterAPI

/// Which PCI classes can be accelerators. Everything else (bridges, NICs, storage, USB,
/// audio) is ignored unless an adapter recognises the exact device id.
public enum AcceleratorClass {
    /// 0x03 display controller (GPUs, incl. 0x0302 3D controller), 0x12 processing
    /// accelerator, 0x0b40 co-processor (Hygon DCUs enumerate so).
    public static func isCandidate(_ device: PCIDevice) -> Bool {
        guard let base = device.baseClass else { return false }
        return base == 0x03 || base == 0x12 || device.classAndSubclass == 0x0b40
    }

    /// Processing accelerators are listed even when no adapter claims their vendor.
    public static func isProcessingAccelerator(_ device: PCIDevice) -> Bool {
        device.baseClass == 0x12
    }
}
