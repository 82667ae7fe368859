import OAMCore

/// Capability facts that follow from a descriptor alone, with the descriptor's own
/// sources: the generic adapter reports only these, vendor adapters start from them.
public enum DescriptorFacts {
    /// The strongest source the descriptor gives for the figure at `path`.
    public static func evidence(_ accelerator: AcceleratorDescriptor, _ path: String) -> (url: String, tier: EvidenceTier)? {
        let sources = accelerator.evidence.sources(covering: path)
        guard let best = sources.max(by: { $0.tier < $1.tier }) else { return nil }
        return (best.url, best.tier)
    }

    /// `native` for each precision with a known dense peak (a datasheet matrix peak means
    /// the hardware computes in it), `unsupported` for each precision the descriptor
    /// lists under `unsupported:`. Figures without a source are left out.
    public static func precisions(_ accelerator: AcceleratorDescriptor) -> [PrecisionSupport] {
        var result: [PrecisionSupport] = []
        for precision in Precision.allCases {
            if accelerator.peakDense[precision]?.value != nil,
                let source = evidence(accelerator, "peak_dense.\(precision.rawValue)")
            {
                result.append(PrecisionSupport(precision, .native, source: source.url, tier: source.tier))
            } else if accelerator.unsupported.contains(precision), let source = evidence(accelerator, "unsupported") {
                result.append(PrecisionSupport(precision, .unsupported, source: source.url, tier: source.tier))
            }
        }
        return result
    }

    /// The scale-up domain as the descriptor states it. Per-peer bandwidth is derived:
    /// through a switch a module reaches one peer at its full per-direction bandwidth; in a
    /// fully connected domain the per-direction total is shared equally by the other
    /// `domain_size − 1` modules. Ring, bridge and unknown topologies give no per-peer figure.
    public static func scaleUp(_ accelerator: AcceleratorDescriptor) -> ScaleUpReport? {
        guard let scaleUp = accelerator.scaleUp else { return nil }
        var report = ScaleUpReport()
        if let size = scaleUp.domainSize?.value, let source = evidence(accelerator, "scale_up.domain_size") {
            report.domainSize = Reported(size, source: source.url, tier: source.tier)
        }
        if let topology = scaleUp.topology { report.topology = topology.rawValue }
        if let perDirection = scaleUp.bandwidthPerDirection {
            let paths =
                scaleUp.totalBandwidth?.value != nil
                ? ["scale_up.total_bandwidth"] : ["scale_up.links", "scale_up.link_bandwidth"]
            let sources = paths.compactMap { evidence(accelerator, $0) }
            if sources.count == paths.count, let weakest = sources.min(by: { $0.tier < $1.tier }) {
                let direction = scaleUp.bidirectional ? "bidirectional figure halved" : "per-direction figure"
                switch scaleUp.topology {
                case .switched:
                    report.perPeerBytesPerSecond = Reported(
                        perDirection, source: weakest.url, tier: weakest.tier,
                        note:
                            "derived from the descriptor: through a switch one peer gets the module's whole scale-up bandwidth (\(direction))"
                    )
                case .fullyConnected:
                    if let size = scaleUp.domainSize?.value, size > 1 {
                        report.perPeerBytesPerSecond = Reported(
                            perDirection / Double(size - 1), source: weakest.url, tier: weakest.tier,
                            note:
                                "derived from the descriptor: \(Format.bytesPerSecond(perDirection)) per direction shared by \(size - 1) peers (\(direction))"
                        )
                    }
                default:
                    break
                }
            }
        }
        return report == ScaleUpReport() ? nil : report
    }

    /// Module-attached scale-out ports (ports × port bandwidth, per direction), when the
    /// descriptor lists them.
    public static func scaleOut(_ accelerator: AcceleratorDescriptor) -> Reported<Double>? {
        guard let out = accelerator.scaleOut, let ports = out.ports?.value, let bandwidth = out.portBandwidth?.value?.value else {
            return nil
        }
        let sources = ["scale_out.ports", "scale_out.port_bandwidth"].compactMap { evidence(accelerator, $0) }
        guard sources.count == 2, let weakest = sources.min(by: { $0.tier < $1.tier }) else { return nil }
        return Reported(
            Double(ports) * bandwidth, source: weakest.url, tier: weakest.tier,
            note: "derived from the descriptor: \(ports) ports × \(Format.bytesPerSecond(bandwidth))")
    }
}
