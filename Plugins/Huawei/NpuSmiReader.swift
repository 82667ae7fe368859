import OAMAdapterAPI

/// Reads `npu-smi info`, the table Huawei documents: per NPU a row `| <id> <Name> | <Health>
/// | Power Temp Hugepages |` followed by one row per chip `| <chip> [phy-id] | <Bus-Id> |
/// AICore Memory-Usage HBM-Usage |`. On Atlas A3 (910C) the second header reads
/// `Chip  Phy-ID` and each NPU has two chip rows.
///
/// Names map to modules: `910B1`…`910B4-1` are the 910B family; `Ascend910` in the A3
/// layout is the 910C. HBM totals are printed in "MB" that are MiB (65536 for 64 GiB).
enum NpuSmiReader {
    static let healthValues: Set<String> = ["OK", "Warning", "Alarm", "Critical", "UNKNOWN"]

    static func reports(_ text: String, tool: String) -> [DeviceReport] {
        var driver: String?
        var a3Layout = false
        var currentName: String?
        var reports: [DeviceReport] = []
        for line in text.split(separator: "\n") {
            if line.contains("npu-smi"), let marker = line.firstRange(of: "Version:") {
                driver = line[marker.upperBound...].split(separator: "|").first.map { Substring($0).trimmingWhitespace() }
                continue
            }
            if line.contains("Chip") && line.contains("Phy-ID") { a3Layout = true }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                Substring($0).trimmingWhitespace()
            }
            guard cells.count >= 3 else { continue }
            let first = cells[0].split(separator: " ")
            if healthValues.contains(cells[1]), first.count == 2, Int(first[0]) != nil {
                currentName = String(first[1])
                continue
            }
            guard isBusID(cells[1]), let name = currentName else { continue }
            let pairs = usagePairs(cells[2])
            reports.append(
                DeviceReport(
                    address: PCIDevice.normalizedAddress(cells[1]),
                    product: name,
                    modules: module(for: name, a3Layout: a3Layout).map { [$0] } ?? [],
                    memoryTotalBytes: pairs.last.map { $0.total * UnitScale.MiB },
                    driverVersion: driver,
                    tool: tool))
        }
        return reports
    }

    /// The registry module an npu-smi NPU name belongs to: the 910B2 bin has its own descriptor,
    /// every other 910B bin (910B1, 910B3, 910B4, 910B4-1 …) is the 910B family descriptor.
    static func module(for name: String, a3Layout: Bool) -> String? {
        if name == "910B2" { return "huawei/ascend-910b2" }
        if name.hasPrefix("910B") { return "huawei/ascend-910b" }
        if name == "Ascend910" && a3Layout { return "huawei/ascend-910c" }
        return nil
    }

    /// `0000:C1:00.0`.
    static func isBusID(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        return parts.count == 3 && parts[0].count >= 4 && parts[1].count == 2 && parts[2].contains(".")
            && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }

    /// The "used / total" pairs of a usage cell ("0  0 / 0  3385 / 65536").
    static func usagePairs(_ cell: String) -> [(used: Double, total: Double)] {
        let tokens = cell.split(separator: " ")
        var pairs: [(used: Double, total: Double)] = []
        var index = 0
        while index + 2 < tokens.count {
            if tokens[index + 1] == "/", let used = Double(tokens[index]), let total = Double(tokens[index + 2]) {
                pairs.append((used, total))
                index += 3
            } else {
                index += 1
            }
        }
        return pairs
    }
}
