import OAMCore
import YAMLReader

/// Builds an `AcceleratorDescriptor` from a tree the schema walker has seen.
enum AcceleratorDecoder {
    static func decode(_ root: YAMLNode, quantities: ParsedQuantities) -> AcceleratorDescriptor {
        let r = FieldReader(root: root, quantities: quantities)
        var a = AcceleratorDescriptor(id: r.text("id") ?? "", name: r.text("name") ?? "", vendor: r.text("vendor") ?? "")
        a.aliases = r.texts("aliases")
        a.released = r.text("released").flatMap(PartialDate.init)
        a.formFactor = r.knownText("form_factor").flatMap(FormFactor.init(rawValue:))
        a.conformsTo = r.textFigure("conforms_to")
        // `unknown` or left out: kept unknown (the solver assumes 1 and says so).
        let devices = r.int("devices_per_module")
        a.devicesPerModule = devices ?? 1
        a.devicesPerModuleKnown = devices != nil
        a.pciIDs = r.texts("pci_ids").compactMap(PCIID.init)
        a.memory = .init(
            capacity: r.quantity("memory.capacity", [.bytes]), type: r.textFigure("memory.type"),
            bandwidth: r.quantity("memory.bandwidth", [.bandwidth]))
        a.power = .init(
            tdp: r.quantity("power.tdp", [.power]), cooling: r.knownText("power.cooling").flatMap(Cooling.init(rawValue:)))
        a.hostInterface = r.figure("host_interface", parse: HostInterface.init)
        if r.node("scale_up") != nil {
            a.scaleUp = .init(
                technology: r.knownText("scale_up.technology"),
                links: r.intFigure("scale_up.links"),
                linkBandwidth: r.quantity("scale_up.link_bandwidth", [.bandwidth]),
                totalBandwidth: r.quantity("scale_up.total_bandwidth", [.bandwidth]),
                direction: r.text("scale_up.direction").flatMap(AcceleratorDescriptor.ScaleUp.Direction.init(rawValue:))
                    ?? .unstated,
                topology: r.knownText("scale_up.topology").flatMap(ScaleUpTopology.init(rawValue:)),
                domainSize: r.intFigure("scale_up.domain_size"))
        }
        if r.node("scale_out") != nil {
            a.scaleOut = .init(
                technology: r.knownText("scale_out.technology"), ports: r.intFigure("scale_out.ports"),
                portBandwidth: r.quantity("scale_out.port_bandwidth", [.bandwidth]))
        }
        a.peakDense = r.peaks("peak_dense")
        a.peakVector = r.peaks("peak_vector")
        a.peakSparse = r.peaks("peak_sparse")
        a.unsupported = r.texts("unsupported").compactMap(Precision.init(rawValue:))
        a.evidence = r.evidence()
        a.notes = r.text("notes")
        for entry in root.entries ?? [] where entry.key.text.hasPrefix("x-") {
            a.vendorBlocks[String(entry.key.text.dropFirst(2))] = entry.value
        }
        return a
    }
}
