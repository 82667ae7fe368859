import OAMAdapterAPI
import OAMCore
import OAMHost

/// What the vendor's adapter reports the module can do under its software stack: support
/// per precision, sustained fractions and frameworks, each with source and tier.
enum CapabilitySection {
    static func render(_ a: AcceleratorDescriptor, capabilities: CapabilityCatalog, t: Localizer) -> [HTMLNode] {
        let adapter = capabilities.adapter(for: a)
        guard let report = capabilities.report(for: a) else { return [.el("p", text: t(.noCapabilityReport))] }
        let text = FigureText(t: t)
        let stack = report.stack ?? adapter.info.stack ?? t(.unknown)
        var nodes: [HTMLNode] = [.el("p", text: t(.capabilityIntro, ["adapter": adapter.info.name, "stack": stack]))]
        let precisionRows: [[HTMLNode]] = report.precisions.map { support in
            [
                .text(support.precision.rawValue.uppercased()), .text(level(support.level, t: t)), .text(support.method ?? ""),
                .text(support.minimumStack ?? ""), text.tier(support.tier), .text(support.source),
            ]
        }
        nodes.append(
            .table(
                caption: t(.capabilityPrecisionsCaption, ["stack": stack]),
                headers: [
                    t(.precisionLabel), t(.columnSupport), t(.columnMethod), t(.columnMinimumStack), t(.columnTier),
                    t(.columnSources),
                ],
                rows: precisionRows))
        var measured: [[HTMLNode]] = []
        func add(_ label: String, _ reported: Reported<Double>?, _ format: (Double) -> String) {
            guard let reported else { return }
            measured.append([.text(label), .text(format(reported.value)), text.tier(reported.tier), .text(reported.source)])
        }
        let percent = { (value: Double) in String(format: "%.1f %%", value * 100) }
        add(t(.usableMemory), report.usableMemoryBytes) { Quantity($0, .bytes).text }
        add(t(.sustainedCompute), report.sustainedComputeFraction, percent)
        add(t(.sustainedBandwidth), report.sustainedBandwidthFraction, percent)
        for entry in report.sustainedComputeByPrecision ?? [] where entry.precision != .bf16 {
            measured.append([
                .text(t(.sustainedCompute) + " " + entry.precision.rawValue.uppercased()), .text(percent(entry.fraction)),
                text.tier(entry.tier),
                .text(entry.source),
            ])
        }
        if !measured.isEmpty {
            nodes.append(
                .table(
                    caption: t(.capabilityMeasuredCaption),
                    headers: [t(.columnFigure), t(.columnValue), t(.columnTier), t(.columnSources)], rows: measured))
        }
        if !report.frameworks.isEmpty {
            let rows: [[HTMLNode]] = report.frameworks.map {
                [.text($0.name), .text($0.minimumVersion ?? ""), text.tier($0.tier), .text($0.source)]
            }
            nodes.append(
                .table(
                    caption: t(.frameworksCaption),
                    headers: [t(.columnFramework), t(.columnMinimumVersion), t(.columnTier), t(.columnSources)], rows: rows))
        }
        if !report.notes.isEmpty { nodes.append(.el("ul", [], report.notes.map { .el("li", text: $0) })) }
        return nodes
    }

    static func level(_ level: PrecisionSupport.Level, t: Localizer) -> String {
        switch level {
        case .native: t(.supportNative)
        case .emulated: t(.supportEmulated)
        case .unsupported: t(.supportUnsupported)
        }
    }
}
