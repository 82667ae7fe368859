import OAMAdapterAPI
import OAMCore
import OAMHost

/// Table and JSON forms of a probe result.
enum ProbeOutput {
    static func table(_ result: ProbeResult) -> String {
        var devices = TextTable(["ADDRESS", "PCI ID", "CLASS", "ADAPTER", "MODULE", "NAME", "NOTE"])
        for device in result.devices {
            let module =
                device.modules.count == 1
                ? device.modules[0] : device.modules.isEmpty ? "?" : device.modules.joined(separator: " | ")
            let name = device.name ?? device.report?.product ?? "-"
            var note = device.note ?? ""
            if let report = device.report, let total = report.memoryTotalBytes {
                let product = report.product.map { $0 == name ? "" : "\($0), " } ?? ""
                note +=
                    (note.isEmpty ? "" : "; ") + "\(report.tool): \(product)\(Format.bytes(total))"
                    + (report.stackVersion.map { ", \($0)" } ?? "")
            }
            devices.add([
                device.pci.address, "\(device.pci.vendor):\(device.pci.device)", device.pci.class, device.adapter ?? "-", module,
                name, note,
            ])
        }
        var lines = [result.devices.isEmpty ? "no accelerators found under \(result.sysfsRoot)" : devices.render()]
        if !result.counts.isEmpty {
            var counts = TextTable(["MODULE", "DEVICES", "MODULES"], rightAligned: [1, 2])
            for count in result.counts { counts.add([count.module, String(count.devices), String(count.modules)]) }
            lines += ["", counts.render()]
        }
        let matched = result.counts.reduce(0) { $0 + $1.devices }
        lines.append(
            "\(result.devices.count) accelerator device\(result.devices.count == 1 ? "" : "s") (\(matched) matched to one registry module, \(result.unmatched.count) not), \(result.ignored) other PCI device\(result.ignored == 1 ? "" : "s") ignored"
        )
        return lines.joined(separator: "\n")
    }

    static func json(_ result: ProbeResult) -> JSONValue {
        .object([
            ("sysfs_root", .string(result.sysfsRoot)),
            ("devices", .array(result.devices.map(device))),
            (
                "counts",
                .array(
                    result.counts.map {
                        .object([
                            ("module", .string($0.module)), ("devices", .integer($0.devices)), ("modules", .integer($0.modules)),
                        ])
                    })
            ),
            ("ignored", .integer(result.ignored)),
            ("unplaced_reports", .array(result.unplacedReports.map(report))),
            ("warnings", .array(result.warnings.map(JSONValue.string))),
            (
                "problems",
                .array(
                    result.problems.map {
                        .object([
                            ("adapter", .string($0.adapter)), ("kind", .string($0.kind.rawValue)),
                            ("message", .string($0.description)),
                        ])
                    })
            ),
        ])
    }

    static func device(_ device: ProbeResult.Device) -> JSONValue {
        .object([
            ("address", .string(device.pci.address)), ("vendor", .string(device.pci.vendor)),
            ("device", .string(device.pci.device)),
            ("class", .string(device.pci.class)), ("adapter", .string(device.adapter)),
            ("modules", .array(device.modules.map(JSONValue.string))), ("name", .string(device.name)),
            ("note", .string(device.note)),
            ("report", device.report.map(report) ?? .null),
        ])
    }

    static func report(_ report: DeviceReport) -> JSONValue {
        .object([
            ("tool", .string(report.tool)), ("address", .string(report.address)), ("product", .string(report.product)),
            ("modules", .array(report.modules.map(JSONValue.string))), ("memory_total_bytes", .number(report.memoryTotalBytes)),
            ("memory_usable_bytes", .number(report.memoryUsableBytes)), ("driver_version", .string(report.driverVersion)),
            ("stack_version", .string(report.stackVersion)),
        ])
    }
}
