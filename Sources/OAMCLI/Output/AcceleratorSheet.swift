import OAMCore

/// The human-readable sheet `oam show` prints for an accelerator: each figure, its
/// evidence tier and the source it rests on.
enum AcceleratorSheet {
    static func render(_ a: AcceleratorDescriptor) -> String {
        var lines = ["\(a.name) (\(a.id))"]
        if !a.aliases.isEmpty { lines.append("aliases: \(a.aliases.joined(separator: ", "))") }
        var facts: [String] = []
        if let formFactor = a.formFactor { facts.append("form factor \(formFactor.rawValue)") }
        if let claim = a.conformsTo?.value { facts.append("claims \(claim)") }
        if let released = a.released { facts.append("released \(released)") }
        if a.devicesPerModule > 1 { facts.append("\(a.devicesPerModule) devices per module") }
        if !facts.isEmpty { lines.append(facts.joined(separator: ", ")) }
        lines.append("")
        var table = TextTable(["FIGURE", "VALUE", "TIER", "SOURCE"])
        func add(_ label: String, _ figure: Figure<Quantity>?) {
            guard let figure else { return }
            let sources = a.evidence.sources(covering: figure.path)
            table.add([
                label, figure.value?.text ?? "unknown", sources.map(\.tier).max()?.rawValue ?? "-",
                sources.map(\.key).joined(separator: ", "),
            ])
        }
        add("memory capacity", a.memory.capacity)
        if let type = a.memory.type {
            table.add([
                "memory type", type.value ?? "unknown", a.evidence.tier(of: type.path)?.rawValue ?? "-",
                a.evidence.sources(covering: type.path).map(\.key).joined(separator: ", "),
            ])
        }
        add("memory bandwidth", a.memory.bandwidth)
        add("TDP", a.power.tdp)
        if let scaleUp = a.scaleUp {
            add("scale-up link bandwidth", scaleUp.linkBandwidth)
            add("scale-up total bandwidth", scaleUp.totalBandwidth)
        }
        for (label, peaks) in [("dense", a.peakDense), ("vector", a.peakVector), ("sparse", a.peakSparse)] {
            for precision in peaks.keys.sorted() { add("\(precision.rawValue) \(label)", peaks[precision]) }
        }
        lines.append(table.render())
        if !a.unsupported.isEmpty { lines.append("no native support: \(a.unsupported.map(\.rawValue).joined(separator: ", "))") }
        if let scaleUp = a.scaleUp {
            var fabric = [scaleUp.technology ?? "fabric"]
            if let links = scaleUp.links?.value { fabric.append("\(links) links") }
            if let topology = scaleUp.topology { fabric.append(topology.rawValue) }
            if let domain = scaleUp.domainSize?.value { fabric.append("domain of \(domain)") }
            lines.append(
                "scale-up: " + fabric.joined(separator: ", ")
                    + (scaleUp.bidirectional ? " (bandwidths quoted bidirectionally)" : " (bandwidths per direction)"))
        }
        if !a.evidence.conflicts.isEmpty {
            lines.append("")
            lines.append("conflicting published figures:")
            for conflict in a.evidence.conflicts {
                let others = conflict.alternatives.map { "\($0.value) (\($0.source))" }.joined(separator: ", ")
                lines.append("  \(conflict.field): uses \(conflict.chosen); also published: \(others). \(conflict.reason)")
            }
        }
        lines.append("")
        lines.append("sources:")
        for source in a.evidence.sources {
            lines.append("  [\(source.key)] \(source.tier.rawValue): \(source.title ?? "") \(source.url)")
        }
        if let notes = a.notes {
            lines.append("")
            lines.append("notes: \(notes)")
        }
        return lines.joined(separator: "\n")
    }
}
