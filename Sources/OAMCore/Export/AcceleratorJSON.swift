/// The JSON form of an accelerator: SI base units, each figure with its evidence tier.
///
/// This is the data contract for integrators (`oam show --format json`, `oam list`,
/// `oam export`): keys are stable and numbers are never rounded.
extension AcceleratorDescriptor {
    public var json: JSONValue {
        func figure(_ figure: Figure<Quantity>?) -> JSONValue { .number(figure?.value?.value) }
        func tier(_ path: String, _ present: Bool) -> JSONValue {
            present ? .string(evidence.tier(of: path)?.rawValue) : .null
        }
        func peaks(_ peaks: [Precision: Figure<Quantity>]) -> JSONValue {
            .object(peaks.keys.sorted().map { ($0.rawValue, .number(peaks[$0]?.value?.value)) })
        }
        func peakTiers(_ peaks: [Precision: Figure<Quantity>], _ path: String) -> [(String, JSONValue)] {
            peaks.keys.sorted().map { ("\(path).\($0.rawValue)", tier("\(path).\($0.rawValue)", peaks[$0]?.value != nil)) }
        }
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("vendor", .string(vendor)),
            ("name", .string(name)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("released", .string(released?.description)),
            ("form_factor", .string(formFactor?.rawValue)),
            ("conforms_to", .string(conformsTo?.value)),
            ("devices_per_module", .integer(devicesPerModule)),
            ("pci_ids", .array(pciIDs.map { .string($0.description) })),
            ("memory_bytes", figure(memory.capacity)),
            ("memory_type", .string(memory.type?.value)),
            ("memory_bandwidth_bytes_per_second", figure(memory.bandwidth)),
            ("tdp_watts", figure(power.tdp)),
            ("cooling", .string(power.cooling?.rawValue)),
            ("host_interface", .string(hostInterface?.value?.description)),
        ]
        if let scaleUp {
            members.append(
                (
                    "scale_up",
                    .object([
                        ("technology", .string(scaleUp.technology)),
                        ("links", .number(scaleUp.links?.value.map(Double.init))),
                        ("link_bandwidth_bytes_per_second", figure(scaleUp.linkBandwidth)),
                        ("total_bandwidth_bytes_per_second", figure(scaleUp.totalBandwidth)),
                        ("direction", .string(scaleUp.bidirectional ? "bidirectional" : "per-direction")),
                        ("bandwidth_per_direction_bytes_per_second", .number(scaleUp.bandwidthPerDirection)),
                        ("topology", .string(scaleUp.topology?.rawValue)),
                        ("domain_size", .number(scaleUp.domainSize?.value.map(Double.init))),
                    ])
                ))
        } else {
            members.append(("scale_up", .null))
        }
        members.append(("peak_dense_flops_per_second", peaks(peakDense)))
        members.append(("peak_vector_flops_per_second", peaks(peakVector)))
        members.append(("peak_sparse_flops_per_second", peaks(peakSparse)))
        members.append(("unsupported_precisions", .array(unsupported.map { .string($0.rawValue) })))
        var tiers: [(String, JSONValue)] = [
            ("memory.capacity", tier("memory.capacity", memory.capacity?.value != nil)),
            ("memory.bandwidth", tier("memory.bandwidth", memory.bandwidth?.value != nil)),
            ("power.tdp", tier("power.tdp", power.tdp?.value != nil)),
        ]
        tiers += peakTiers(peakDense, "peak_dense")
        members.append(("evidence_tiers", .object(tiers)))
        members.append(("sources", .array(evidence.sources.map(\.json))))
        members.append(("conflicts", .array(evidence.conflicts.map(\.json))))
        return .object(members)
    }
}

extension Source {
    public var json: JSONValue {
        .object([
            ("key", .string(key)),
            ("title", .string(title)),
            ("url", .string(url)),
            ("tier", .string(tier.rawValue)),
            ("covers", .array(covers.map(JSONValue.string))),
        ])
    }
}

extension Conflict {
    public var json: JSONValue {
        .object([
            ("field", .string(field)),
            ("chosen", .string(chosen)),
            (
                "alternatives",
                .array(alternatives.map { .object([("value", .string($0.value)), ("source", .string($0.source))]) })
            ),
            ("reason", .string(reason)),
        ])
    }
}
