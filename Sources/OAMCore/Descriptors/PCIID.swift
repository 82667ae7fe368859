/// A PCI vendor:device id pair, as in `1002:74a1`.
public struct PCIID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var vendor: UInt16
    public var device: UInt16

    public init(vendor: UInt16, device: UInt16) {
        self.vendor = vendor
        self.device = device
    }

    /// Parses `vvvv:dddd` in lowercase hexadecimal, exactly four digits each: nine ASCII
    /// bytes, read in place (every descriptor's ids are parsed by the decoder and again by
    /// rules, so no substring or character is made).
    public init?(_ text: String) {
        guard text.utf8.count == 9 else { return nil }
        var vendor: UInt16 = 0
        var device: UInt16 = 0
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 {
                guard byte == UInt8(ascii: ":") else { return nil }
                continue
            }
            guard let digit = Self.lowercaseHexDigit(byte) else { return nil }
            if offset < 4 { vendor = vendor << 4 | digit } else { device = device << 4 | digit }
        }
        self.init(vendor: vendor, device: device)
    }

    /// The value of `0`–`9` or `a`–`f`.
    private static func lowercaseHexDigit(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt16(byte - UInt8(ascii: "a") + 10)
        default: return nil
        }
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
