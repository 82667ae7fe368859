import Foundation
import OAMCore

/// The human-readable sheets `oam show` prints for models and module specs.
enum ModelSheet {
    static func render(_ m: ModelDescriptor) -> String {
        let a = m.architecture
        let p = a.parameters
        var lines = ["\(m.name) (\(m.id))", ""]
        var table = TextTable(["FIELD", "VALUE"])
        table.add(["architecture", a.hfArchitecture])
        table.add(["layers × hidden", "\(a.layers) × \(a.hiddenSize)"])
        table.add([
            "attention",
            "\(a.attention.kind.rawValue): \(a.attention.heads) heads, \(a.attention.kvHeads) KV heads, head_dim \(a.attention.headDim)",
        ])
        if let moe = a.moe {
            table.add([
                "experts",
                "\(moe.experts) routed (\(moe.expertsPerToken) per token) + \(moe.sharedExperts) shared, \(a.denseLayers) dense layers"
                    + (moe.interval > 1 ? " (MoE every \(moe.interval) layers)" : ""),
            ])
        }
        table.add(["parameters (computed)", "\(p.total.formatted()) total, \(a.activeParameters.formatted()) active per token"])
        if let stated = m.statedTotal?.value { table.add(["parameters (stated)", String(format: "%.4g", stated)]) }
        table.add(["layer kinds", a.layerKindSummary])
        table.add([
            "KV cache per token",
            "\(a.kvElementsPerToken.formatted()) elements over \(a.layerCount(.full)) full-attention layers",
        ])
        if a.stateElementsPerSequence > 0 {
            table.add(["state per sequence", "\(a.stateElementsPerSequence.formatted()) elements (linear-attention layers)"])
        }
        if a.indexerBytesPerToken > 0 {
            table.add(["indexer keys per token", "\(a.indexerBytesPerToken.formatted()) B (FP8 keys and fp32 scales)"])
        }
        if let vision = a.vision {
            table.add([
                "vision tower (not served)",
                "\(vision.modelType): \(vision.layers) layers × \(vision.hiddenSize), "
                    + (vision.parameters.map { "\($0.formatted()) parameters" } ?? "parameters not computed"),
            ])
        }
        table.add(["max context", a.maxContext.formatted()])
        table.add(["checkpoint", m.checkpoint.quantization.map { "\(m.checkpoint.dtype) (\($0.method))" } ?? m.checkpoint.dtype])
        if let bytes = m.checkpoint.bytes { table.add(["checkpoint bytes", bytes.formatted()]) }
        lines.append(table.render())
        lines.append("")
        lines.append("sources:")
        for source in m.evidence.sources { lines.append("  [\(source.key)] \(source.tier.rawValue): \(source.url)") }
        return lines.joined(separator: "\n")
    }

    static func render(_ s: ModuleSpecDescriptor) -> String {
        var lines = ["\(s.name) \(s.version) (\(s.id))", ""]
        var table = TextTable(["FACT", "VALUE"])
        table.add(["published", s.published?.description ?? "unknown"])
        if let profiles = s.powerProfiles {
            for profile in profiles {
                table.add([
                    "max power at \(Quantity(profile.supply, .voltage).text)",
                    profile.maxPower.map { Quantity($0, .power).text } ?? "unknown",
                ])
            }
        } else {
            table.add(["power profiles", "unknown"])
        }
        table.add(["inter-module links", s.maxInterModuleLinks.map(String.init) ?? "unknown"])
        table.add(["host links", s.hostLinks.map(String.init) ?? "unknown"])
        table.add(["topologies", s.topologies.isEmpty ? "unknown" : s.topologies.joined(separator: ", ")])
        lines.append(table.render())
        lines.append("")
        lines.append("sources:")
        for source in s.evidence.sources { lines.append("  [\(source.key)] \(source.tier.rawValue): \(source.url)") }
        if let notes = s.notes { lines += ["", "notes: \(notes)"] }
        return lines.joined(separator: "\n")
    }
}
