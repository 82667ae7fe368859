import OAMCore

extension DeviceReport {
    /// The report with each memory figure that is not a possible one (NaN, infinite,
    /// negative, beyond `PhysicalLimits`) made unknown, and a warning for each: a vendor
    /// tool's output is data from outside, and `<total>1e300 MiB` must not reach tables and
    /// sums as a real figure.
    public func withoutImpossibleFigures() -> (report: DeviceReport, warnings: [String]) {
        var report = self
        var warnings: [String] = []
        let device = address ?? product ?? "a device"
        func check(_ value: Double?, _ name: String) -> Double? {
            guard let value else { return nil }
            if PhysicalLimits.isPossible(value, .bytes) { return value }
            warnings.append(
                "\(tool): \(name) of \(device) is \(NumberText.plain(value)) bytes, not a possible figure (at most \(PhysicalLimits.maximumText(of: .bytes))); treated as unknown"
            )
            return nil
        }
        report.memoryTotalBytes = check(memoryTotalBytes, "memory total")
        report.memoryUsableBytes = check(memoryUsableBytes, "usable memory")
        if let total = report.memoryTotalBytes, let usable = report.memoryUsableBytes, usable > total {
            warnings.append(
                "\(tool): usable memory of \(device) (\(NumberText.plain(usable)) bytes) exceeds its total (\(NumberText.plain(total)) bytes); usable treated as unknown"
            )
            report.memoryUsableBytes = nil
        }
        return (report, warnings)
    }
}
