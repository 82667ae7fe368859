import Foundation
import OAMAdapterAPI
import OAMCore
import OAMRegistry

/// The PCI devices of a host, read once from sysfs.
public struct PCIScan: Sendable {
    /// The sysfs root that was read (`/sys`, or a captured tree).
    public var root: String
    /// Every device with readable vendor, device and class, in address order.
    public var devices: [PCIDevice]
    /// Entries skipped and why ("0000:03:00.0: no 'class' file; skipped").
    public var warnings: [String]
    /// Why the device folder itself could not be listed, when it could not; `nil` when it was read.
    public var failure: String? = nil
}

/// Reads `<root>/bus/pci/devices/*/{vendor,device,class}`. Entries that are unreadable,
/// partial or malformed are skipped with a warning; nothing here throws or traps.
public enum PCIScanner {
    /// Entries read at most: a host with more PCI functions is not a host we understand.
    public static let maxEntries = 4096

    public static func scan(sysfsRoot: String = "/sys") -> PCIScan {
        let folder = (sysfsRoot as NSString).appendingPathComponent("bus/pci/devices")
        var warnings: [String] = []
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            let reason = "cannot read \(escaped(folder)): \((error as NSError).localizedDescription)"
            return PCIScan(root: sysfsRoot, devices: [], warnings: [reason + "; no PCI devices listed"], failure: reason)
        }
        if names.count > maxEntries {
            warnings.append("\(folder) has \(names.count) entries; only the first \(maxEntries) were read")
        }
        var devices: [PCIDevice] = []
        for name in names.prefix(maxEntries) {
            let entry = (folder as NSString).appendingPathComponent(name)
            switch read(entry, address: name) {
            case .success(let device): devices.append(device)
            case .failure(let problem): warnings.append("\(escaped(name)): \(problem.text); skipped")
            }
        }
        return PCIScan(root: sysfsRoot, devices: devices, warnings: warnings)
    }

    struct Problem: Error { var text: String }

    /// `text` with NUL, control and other non-printing characters shown as `\\0`, `\\n`, `\\u{7f}`…,
    /// so bytes read from a (possibly hostile) sysfs tree never reach a terminal raw.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": result += "\\0"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// One device folder.
    static func read(_ entry: String, address: String) -> Result<PCIDevice, Problem> {
        var values: [String: UInt32] = [:]
        for (attribute, digits) in [("vendor", 4), ("device", 4), ("class", 6)] {
            let path = (entry as NSString).appendingPathComponent(attribute)
            // sysfs attributes are regular files that report 4096 bytes; a FIFO or device
            // planted in a captured tree is refused instead of blocking the scan.
            guard let bytes = try? FileReader.read(path, maxBytes: 4096) else {
                return .failure(Problem(text: "no readable '\(attribute)' file"))
            }
            let text = String(decoding: bytes.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let hex = text.hasPrefix("0x") || text.hasPrefix("0X") ? String(text.dropFirst(2)) : text
            guard !hex.isEmpty, hex.count <= digits, let value = UInt32(hex, radix: 16) else {
                return .failure(
                    Problem(text: "'\(attribute)' is '\(escaped(String(text.prefix(20))))', not a \(digits)-digit hex number"))
            }
            values[attribute] = value
        }
        let id = PCIID(vendor: UInt16(values["vendor"]!), device: UInt16(values["device"]!))
        return .success(PCIDevice(address: PCIDevice.normalizedAddress(address), id: id, classCode: values["class"]!))
    }
}
