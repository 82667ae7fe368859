import OAMAdapterAPI

/// The text form of a capability report: one line per figure, each with its tier and source.
enum AdapterReportText {
    static func render(_ report: CapabilityReport, adapter: AdapterInfo) -> String {
        var lines = ["\(report.module) — \(adapter.name) adapter \(adapter.version)" + (report.stack.map { ", stack \($0)" } ?? ", newest known stack")]
        var table = TextTable(["PRECISION", "LEVEL", "MINIMUM STACK", "TIER", "HOW / SOURCE"])
        for support in report.precisions {
            table.add([support.precision.rawValue, support.level.rawValue, support.minimumStack ?? "-", support.tier.rawValue, support.method.map { "\($0); \(support.source)" } ?? support.source])
        }
        lines.append(table.render())
        func figure(_ name: String, _ value: Reported<Double>?, _ text: (Double) -> String) {
            guard let value else { lines.append("\(name): unknown (solver default)"); return }
            lines.append("\(name): \(text(value.value)) [\(value.tier.rawValue)] \(value.source)" + (value.note.map { " — \($0)" } ?? ""))
        }
        figure("usable memory", report.usableMemoryBytes, Format.bytes)
        figure("sustained compute", report.sustainedComputeFraction) { "\(Int(($0 * 100).rounded())) % of dense peak" }
        figure("sustained bandwidth", report.sustainedBandwidthFraction) { "\(Int(($0 * 100).rounded())) % of peak" }
        if let size = report.scaleUp?.domainSize {
            lines.append("scale-up domain: \(size.value) modules\(report.scaleUp?.topology.map { ", \($0)" } ?? "") [\(size.tier.rawValue)] \(size.source)")
        } else {
            lines.append("scale-up domain: unknown (solver default)")
        }
        figure("scale-up per peer", report.scaleUp?.perPeerBytesPerSecond, Format.bytesPerSecond)
        figure("all-reduce bus bandwidth", report.scaleUp?.allReduceBytesPerSecond, Format.bytesPerSecond)
        figure("scale-out", report.scaleOutBytesPerSecond, Format.bytesPerSecond)
        if report.frameworks.isEmpty { lines.append("frameworks: unknown") }
        for framework in report.frameworks {
            lines.append("framework \(framework.name)\(framework.minimumVersion.map { " ≥ \($0)" } ?? ""): \(framework.features.map(\.rawValue).joined(separator: ", ")) [\(framework.tier.rawValue)] \(framework.source)")
        }
        for note in report.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n")
    }
}
