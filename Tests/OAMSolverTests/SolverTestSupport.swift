import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMRegistry
import OAMSolver
import OAMTestSupport

/// Shared fixtures: the shipped registry, request builders, and models that are not in
/// the registry (built from their published configs).
enum SolverFixtures {
    static let registry: Registry = RegistryLoader().load(paths: [Fixtures.registry])

    static func model(_ id: String) -> ModelDescriptor {
        guard let model = registry.model(id) else { fatalError("registry has no model \(id)") }
        return model
    }

    static func chip(_ id: String) -> AcceleratorDescriptor {
        guard let chip = registry.accelerator(id) else { fatalError("registry has no accelerator \(id)") }
        return chip
    }

    /// Serving verdict for one chip.
    static func serve(
        _ model: ModelDescriptor, on chip: String, _ workload: ServingWorkload = ServingWorkload(), modules: Int? = nil,
        reports: [String: CapabilityReport] = [:], strict: Bool = false, alternatives: Int = 0
    ) -> ChipVerdict {
        let request = FitRequest(
            model: model, workload: .serving(workload), hardware: HardwareQuery(chips: [Self.chip(chip)], modules: modules),
            reports: reports, strictPrecision: strict, alternatives: alternatives)
        return CompatibilitySolver.solve(request).results[0]
    }

    /// What `oam fit` hands the solver for `chip`: the in-tree adapter's capability report
    /// (`CapabilityCatalog.builtIn`) for `stack` (`--stack`; `nil` = the newest it knows).
    static func builtInReports(_ chips: [String], stack: String? = nil) -> [String: CapabilityReport] {
        var reports: [String: CapabilityReport] = [:]
        for id in chips {
            if let report = CapabilityCatalog.builtIn.report(for: chip(id), stack: stack) { reports[id] = report }
        }
        return reports
    }

    /// Serving verdict for one chip exactly as `oam fit` computes it: with the built-in
    /// adapter report for `stack`.
    static func fit(
        _ model: ModelDescriptor, on chip: String, _ workload: ServingWorkload = ServingWorkload(), modules: Int? = nil,
        stack: String? = nil, strict: Bool = false
    ) -> ChipVerdict {
        serve(model, on: chip, workload, modules: modules, reports: builtInReports([chip], stack: stack), strict: strict)
    }

    /// Llama-2-70B (MLPerf Inference llama2-70b): hidden 8192, 80 layers, 64 heads / 8 KV
    /// heads, intermediate 28672, vocab 32000, untied, 4096 context. Source:
    /// https://huggingface.co/meta-llama/Llama-2-70b-chat-hf/blob/main/config.json (a copy is
    /// Tests/Fixtures/hf-configs/meta-llama__Llama-2-70b-hf.json).
    static var llama2_70b: ModelDescriptor {
        let a = ModelArchitecture(
            hfArchitecture: "LlamaForCausalLM", layers: 80, hiddenSize: 8192, vocabSize: 32000, tieWordEmbeddings: false,
            maxContext: 4096,
            attention: .init(kind: .gqa, heads: 64, kvHeads: 8, headDim: 128), mlp: .init(gated: true, intermediateSize: 28672))
        return ModelDescriptor(
            id: "meta-llama/llama-2-70b-chat-hf", name: "Llama-2-70B-Chat", architecture: a, checkpoint: .init(dtype: "bf16"))
    }

    /// A capability report stating one precision's support level, with its source.
    static func report(
        _ module: String, _ precision: Precision, _ level: PrecisionSupport.Level, method: String? = nil, source: String,
        compute: Double? = nil, bandwidth: Double? = nil, allReduce: Double? = nil, measuredSource: String = ""
    ) -> CapabilityReport {
        CapabilityReport(
            module: module,
            precisions: [PrecisionSupport(precision, level, method: method, source: source, tier: .thirdParty)],
            sustainedComputeFraction: compute.map { Reported($0, source: measuredSource, tier: .measured) },
            sustainedBandwidthFraction: bandwidth.map { Reported($0, source: measuredSource, tier: .measured) },
            scaleUp: allReduce.map {
                ScaleUpReport(allReduceBytesPerSecond: Reported($0, source: measuredSource, tier: .measured))
            })
    }
}
