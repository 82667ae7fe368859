import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry

/// `/accelerators/{vendor}/{product}`: every figure with its tier and sources, the roofline,
/// conflicting published figures side by side, spec conformance and the adapter's capability
/// report.
public enum AcceleratorPage {
    /// Throws `notFound` (with did-you-mean) when `id` names no accelerator.
    public static func render(id: String, context: PageContext, capabilities: CapabilityCatalog = .builtIn) throws(QueryError)
        -> String
    {
        let a = try DescriptorLookup.accelerator(id, in: context.registry)
        let t = context.t
        var main: [HTMLNode] = [summary(a, context: context), figuresTable(a, context: context)]
        if !a.unsupported.isEmpty {
            main.append(
                .el(
                    "p",
                    text: t(.unsupportedPrecisions) + ": "
                        + a.unsupported.map { $0.rawValue.uppercased() }.joined(separator: ", ")))
        }
        main.append(.el("h2", text: t(.rooflineHeading)))
        if let roofline = Roofline(a) {
            main.append(RooflineChart.render(roofline, name: a.name, t: t))
        } else {
            main.append(.el("p", text: t(.rooflineUnavailable)))
        }
        main.append(.el("h2", text: t(.conflictsHeading)))
        main.append(conflicts(a, t: t))
        main.append(.el("h2", text: t(.conformanceHeading)))
        main.append(contentsOf: SpecConformanceSection.render(a, context: context))
        main.append(.el("h2", text: t(.capabilityHeading)))
        main.append(contentsOf: CapabilitySection.render(a, capabilities: capabilities, t: t))
        main.append(.el("h2", text: t(.sourcesHeading)))
        main.append(SourceList.render(a.evidence, t: t))
        if let notes = a.notes {
            main.append(.el("h2", text: t(.notesHeading)))
            main.append(.el("p", [HTMLAttribute("class", "notes")], text: notes))
        }
        main.append(.el("p", [.link(t(.compareWithOthers), href: context.links.compare([a.id]))]))
        return PageLayout.document(title: a.name, context: context, main: main)
    }

    static func summary(_ a: AcceleratorDescriptor, context: PageContext) -> HTMLNode {
        let t = context.t
        var items: [HTMLNode] = [
            term(t(.fieldID), .el("code", text: a.id)),
            term(t(.columnVendor), .link(a.vendor, href: context.links.catalog([("vendor", a.vendor)]))),
            term(t(.columnFormFactor), .text(FigureText(t: t).formFactor(a.formFactor))),
        ]
        if !a.aliases.isEmpty { items.append(term(t(.fieldAliases), .text(a.aliases.joined(separator: ", ")))) }
        if let released = a.released { items.append(term(t(.fieldReleased), .text(released.description))) }
        if a.devicesPerModule > 1 { items.append(term(t(.fieldDevicesPerModule), .text(String(a.devicesPerModule)))) }
        return .el("dl", [], items)
    }

    static func term(_ name: String, _ value: HTMLNode) -> HTMLNode {
        .fragment([.el("dt", text: name), .el("dd", [value])])
    }

    /// Every figure of the descriptor: label, value as written, strongest tier of its sources,
    /// and the sources as links.
    static func figuresTable(_ a: AcceleratorDescriptor, context: PageContext) -> HTMLNode {
        let t = context.t
        let text = FigureText(t: t)
        var rows: [[HTMLNode]] = []
        func add(_ label: String, _ path: String?, _ value: String?) {
            guard let path, let value else { return }
            let sources = a.evidence.sources(covering: path)
            rows.append([
                .text(label), .text(value), text.tier(sources.map(\.tier).max()),
                .fragment(
                    sources.enumerated().flatMap { index, source in
                        (index > 0 ? [HTMLNode.text(", ")] : []) + [.externalLink(source.title ?? source.key, url: source.url)]
                    }),
            ])
        }
        func add(_ label: String, _ figure: Figure<Quantity>?) { add(label, figure?.path, figure.map { text.value($0) }) }
        func add(_ label: String, _ figure: Figure<Int>?) {
            add(label, figure?.path, figure.map { $0.value.map(String.init) ?? t(.unknown) })
        }
        func add(_ label: String, _ figure: Figure<String>?) { add(label, figure?.path, figure.map { $0.value ?? t(.unknown) }) }
        add(t(.fieldConformsTo), a.conformsTo)
        add(t(.columnMemory), a.memory.capacity)
        add(t(.fieldMemoryType), a.memory.type)
        add(t(.columnBandwidth), a.memory.bandwidth)
        add(t(.columnPower), a.power.tdp)
        add(t(.fieldHostInterface), a.hostInterface?.path, a.hostInterface.map { $0.value?.description ?? t(.unknown) })
        if let scaleUp = a.scaleUp {
            add(t(.fieldScaleUpLinks), scaleUp.links)
            add(t(.fieldScaleUpLinkBandwidth), scaleUp.linkBandwidth)
            add(t(.fieldScaleUpTotalBandwidth), scaleUp.totalBandwidth)
            add(t(.fieldScaleUpDomain), scaleUp.domainSize)
        }
        if let scaleOut = a.scaleOut {
            add(t(.fieldScaleOutPorts), scaleOut.ports)
            add(t(.fieldScaleOutPortBandwidth), scaleOut.portBandwidth)
        }
        for (kind, peaks) in [(t(.peakDense), a.peakDense), (t(.peakVector), a.peakVector), (t(.peakSparse), a.peakSparse)] {
            for precision in peaks.keys.sorted() { add(kind + " " + precision.rawValue.uppercased(), peaks[precision]) }
        }
        return .table(
            caption: t(.figuresCaption), headers: [t(.columnFigure), t(.columnValue), t(.columnTier), t(.columnSources)],
            rows: rows)
    }

    /// Conflicting published figures: the value used and every other value with its source.
    static func conflicts(_ a: AcceleratorDescriptor, t: Localizer) -> HTMLNode {
        guard !a.evidence.conflicts.isEmpty else { return .el("p", text: t(.noConflicts)) }
        let rows: [[HTMLNode]] = a.evidence.conflicts.map { conflict in
            [
                .el("code", text: conflict.field), .text(conflict.chosen),
                .el("ul", [], conflict.alternatives.map { .el("li", text: $0.value + " (" + $0.source + ")") }),
                .text(conflict.reason),
            ]
        }
        return .table(
            caption: t(.conflictsCaption), headers: [t(.columnField), t(.columnUsed), t(.columnAlsoPublished), t(.columnReason)],
            rows: rows)
    }
}
