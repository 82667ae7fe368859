/// A PCI vendor:device id pair, as in `1002:74a1`.
public struct PCIID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var vendor: UInt16
    public var device: UInt16

    public init(vendor: UInt16, device: UInt16) {
        self.vendor = vendor
        self.device = device
    }

    /// Parses `vvvv:dddd` in lowercase hexadecimal, exactly four digits each.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isHexDigit && !$0.isUppercase } }),
            let vendor = UInt16(parts[0], radix: 16), let device = UInt16(parts[1], radix: 16)
        else { return nil }
        self.init(vendor: vendor, device: device)
    }

    public var description: String { Self.hex(vendor) + ":" + Self.hex(device) }

    static func hex(_ value: UInt16) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 4 - text.count) + text
    }

    public static func < (lhs: PCIID, rhs: PCIID) -> Bool {
        (lhs.vendor, lhs.device) < (rhs.vendor, rhs.device)
    }
}
