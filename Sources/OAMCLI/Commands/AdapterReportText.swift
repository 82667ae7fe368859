import OAMAdapterAPI
import OAMCore

/// The text form of a capability report: one line per figure, each with its tier and source;
/// the large-GEMM ceiling in BF16, then in every other precision the adapter measured.
enum AdapterReportText {
    static func render(_ report: CapabilityReport, adapter: AdapterInfo) -> String {
        var lines = [
            "\(report.module) — \(adapter.name) adapter \(adapter.version)"
                + (report.stack.map { ", stack \($0)" } ?? ", newest known stack")
        ]
        var table = TextTable(["PRECISION", "LEVEL", "MINIMUM STACK", "TIER", "HOW / SOURCE"])
        for support in report.precisions {
            table.add([
                support.precision.rawValue, support.level.rawValue, support.minimumStack ?? "-", support.tier.rawValue,
                support.method.map { "\($0); \(support.source)" } ?? support.source,
            ])
        }
        lines.append(table.render())
        func percent(_ fraction: Double) -> String { "\(NumberText.plain(fraction * 100, decimals: 0)) %" }
        func figure(_ name: String, _ value: Reported<Double>?, _ text: (Double) -> String) {
            guard let value else {
                lines.append("\(name): unknown (solver default)")
                return
            }
            lines.append(
                "\(name): \(text(value.value)) [\(value.tier.rawValue)] \(value.source)" + (value.note.map { " — \($0)" } ?? ""))
        }
        figure("usable memory", report.usableMemoryBytes, Format.bytes)
        figure("sustained compute", report.sustainedComputeFraction) { "\(percent($0)) of the BF16 dense peak" }
        for measured in report.sustainedComputeByPrecision ?? [] {
            lines.append(
                "sustained compute \(measured.precision.rawValue): \(percent(measured.fraction)) of the \(measured.precision.rawValue.uppercased()) dense peak [\(measured.tier.rawValue)] \(measured.source)"
                    + (measured.note.map { " — \($0)" } ?? ""))
        }
        figure("sustained bandwidth", report.sustainedBandwidthFraction) { "\(percent($0)) of peak" }
        if let size = report.scaleUp?.domainSize {
            lines.append(
                "scale-up domain: \(size.value) modules\(report.scaleUp?.topology.map { ", \($0)" } ?? "") [\(size.tier.rawValue)] \(size.source)"
            )
        } else {
            lines.append("scale-up domain: unknown (solver default)")
        }
        figure("scale-up per peer", report.scaleUp?.perPeerBytesPerSecond, Format.bytesPerSecond)
        figure("all-reduce bus bandwidth", report.scaleUp?.allReduceBytesPerSecond, Format.bytesPerSecond)
        figure("scale-out", report.scaleOutBytesPerSecond, Format.bytesPerSecond)
        if report.frameworks.isEmpty { lines.append("frameworks: unknown") }
        for framework in report.frameworks {
            lines.append(
                "framework \(framework.name)\(framework.minimumVersion.map { " ≥ \($0)" } ?? ""): \(framework.features.map(\.rawValue).joined(separator: ", ")) [\(framework.tier.rawValue)] \(framework.source)"
            )
        }
        for note in report.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n")
    }
}
