import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMRegistry
import OAMSolver

extension FitQuery {
    /// The solver's request for this question: chips looked up in the registry (every
    /// accelerator when none is named), adapter reports from `catalog` unless `noAdapters`,
    /// and the workload with its defaults. `model` is already resolved, because the CLI
    /// may read it from a file and the API from a posted config.
    public func resolve(
        model descriptor: ModelDescriptor, registry: Registry, catalog: CapabilityCatalog = .builtIn
    ) throws(QueryError) -> FitRequest {
        // A shape the counts cannot be computed from (a field out of ArchitectureLimits, heads
        // not a multiple of kv_heads, …) is refused before any arithmetic.
        if let problem = descriptor.architecture.shapeProblem {
            throw .unanswerable("\(descriptor.id): cannot size this model: \(problem)")
        }
        var accelerators: [AcceleratorDescriptor] = []
        for name in chips {
            let accelerator = try DescriptorLookup.accelerator(name, in: registry)
            if !accelerators.contains(where: { $0.id == accelerator.id }) { accelerators.append(accelerator) }
        }
        if accelerators.isEmpty { accelerators = registry.accelerators.sorted { $0.id < $1.id } }
        guard !accelerators.isEmpty else { throw .unanswerable("the registry has no accelerators") }

        var reports: [String: CapabilityReport] = [:]
        if !noAdapters {
            for accelerator in accelerators {
                if let report = catalog.report(for: accelerator, stack: stack) { reports[accelerator.id] = report }
            }
        }
        let workload: Workload =
            training.train ? .training(training.workload()) : .serving(serving.workload(model: descriptor.id))
        let hardware = HardwareQuery(
            chips: accelerators, modules: modules, maxModules: maxModules ?? (training.train ? Self.maxModulesLimit : 128),
            nodeSize: nodeSize)
        return FitRequest(
            model: descriptor, workload: workload, hardware: hardware, reports: reports,
            strictPrecision: strictPrecision, alternatives: alternatives, explain: explain,
            objective: serving.planObjective, assumptions: try figureAssumptions())
    }
}
