import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMRegistry
import OAMSolver
import OAMTestSupport

/// Predicts a published result exactly as `oam fit <model> --chip <module> --modules <n>
/// --stack <stack> --strict-precision` does: the shipped registry, the in-tree adapter's capability report for
/// the result's stack, the solver's one set of defaults. Nothing per result but what the
/// result itself states.
struct Predictor {
    let registry: Registry = RegistryLoader().load(paths: [Fixtures.registry])

    /// Output tokens per second and the sequences in flight over all replicas of the chosen
    /// plan, or `nil` with the solver's reason when it finds no plan.
    func predict(_ result: PublishedResult) -> (tokensPerSecond: Double?, sequences: Int?, note: String) {
        guard let model = registry.model(result.model) else { return (nil, nil, "model \(result.model) not in the registry") }
        guard let chip = registry.accelerator(result.module) else {
            return (nil, nil, "module \(result.module) not in the registry")
        }
        var reports: [String: CapabilityReport] = [:]
        // A published result ran its stated weight format: strict precision, so a format the
        // adapter says the stack lacks is refused (with its reason) instead of upcast to bf16.
        if let report = CapabilityCatalog.builtIn.report(for: chip, stack: result.stack) { reports[chip.id] = report }
        let request = FitRequest(
            model: model, workload: .serving(result.workload), hardware: HardwareQuery(chips: [chip], modules: result.modules),
            reports: reports, strictPrecision: true)
        let verdict = CompatibilitySolver.solve(request).results[0]
        guard let best = verdict.best, let speed = best.speed else {
            // No plan meets the workload: the solver's last memory/plan/target line says why (a
            // Server or Interactive limit that cannot be checked names the unknown figure, not a
            // memory line that fits). A plan fits but has no speed: the registry lacks a figure
            // the speed needs.
            guard verdict.fits else {
                let why =
                    verdict.reasons.first { $0.kind == .precision }
                    ?? verdict.reasons.last { [.memory, .plan, .target].contains($0.kind) }
                return (nil, nil, why?.text ?? "no plan")
            }
            return (nil, nil, "no speed: unknown " + verdict.unknownFigures.joined(separator: ", "))
        }
        // Latency-bounded scenarios hold fewer sequences than the KV cache would (the load point's).
        let perReplica = speed.load?.concurrency ?? speed.sequencesPerReplica
        return (speed.outputTokensPerSecond, perReplica * max(1, best.plan.replicas), "")
    }
}
