import OAMCore

/// One PCI function as the host saw it in sysfs (`/sys/bus/pci/devices/<address>/`).
public struct PCIDevice: Sendable, Hashable, Codable {
    /// The PCI address, `domain:bus:device.function` in lowercase hex ("0000:c1:00.0").
    public var address: String
    /// The vendor id, four lowercase hex digits ("1002").
    public var vendor: String
    /// The device id, four lowercase hex digits ("74a1").
    public var device: String
    /// The class code, six lowercase hex digits: base class, subclass, programming
    /// interface ("120000" is a processing accelerator).
    public var `class`: String

    public init(address: String, vendor: String, device: String, class classCode: String) {
        self.address = address
        self.vendor = vendor
        self.device = device
        self.class = classCode
    }

    public init(address: String, id: PCIID, classCode: UInt32) {
        self.init(
            address: address, vendor: Self.hex(UInt32(id.vendor), digits: 4), device: Self.hex(UInt32(id.device), digits: 4),
            class: Self.hex(classCode, digits: 6))
    }

    /// The vendor:device pair, or `nil` when either is not four hex digits.
    public var id: PCIID? { PCIID("\(vendor):\(device)") }

    /// The 24-bit class code, or `nil` when malformed.
    public var classCode: UInt32? { UInt32(`class`, radix: 16) }

    /// The base class (the top byte of the class code): 0x03 display, 0x12 processing
    /// accelerator, 0x0b processor…
    public var baseClass: UInt8? { classCode.map { UInt8($0 >> 16) } }

    /// Base class and subclass (0x0302 is a 3D controller, 0x1200 a processing accelerator).
    public var classAndSubclass: UInt16? { classCode.map { UInt16($0 >> 8) } }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// A PCI address in the canonical sysfs form: lowercase, with a domain. `C1:00.0` and
    /// `00000000:C1:00.0` (nvidia-smi's eight-digit domain) both become `0000:c1:00.0`.
    public static func normalizedAddress(_ text: String) -> String {
        var parts = text.lowercased().split(separator: ":").map(String.init)
        if parts.count == 2 { parts.insert("0000", at: 0) }
        guard parts.count == 3 else { return text.lowercased() }
        var domain = parts[0]
        if domain.count > 4, domain.hasPrefix(String(repeating: "0", count: domain.count - 4)) {
            domain = String(domain.suffix(4))
        }
        return "\(domain):\(parts[1]):\(parts[2])"
    }
}
