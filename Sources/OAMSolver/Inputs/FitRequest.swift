import OAMAdapterAPI
import OAMCore

/// Everything the solver needs, with no I/O left to do.
public struct FitRequest: Sendable {
    public var model: ModelDescriptor
    public var workload: Workload
    public var hardware: HardwareQuery
    /// Adapter capability reports by accelerator id; a chip without one gets the solver's
    /// documented defaults, named in its reasons.
    public var reports: [String: CapabilityReport]
    /// Refuse a precision the chip does not run natively instead of falling back.
    public var strictPrecision: Bool
    /// Other plans to keep per chip, best first.
    public var alternatives: Int
    /// Keep the step-by-step arithmetic (`--explain`).
    public var explain: Bool
    /// Which entry of each chip's Pareto front is its answer (serving).
    public var objective: PlanObjective
    /// Figures to compute with where the registry leaves them unknown (`--assume`).
    public var assumptions: [FigureAssumption]
    public var defaults: SolverDefaults

    public init(
        model: ModelDescriptor, workload: Workload, hardware: HardwareQuery, reports: [String: CapabilityReport] = [:],
        strictPrecision: Bool = false, alternatives: Int = 0, explain: Bool = false, defaults: SolverDefaults = .standard,
        objective: PlanObjective = .minModules, assumptions: [FigureAssumption] = []
    ) {
        self.assumptions = assumptions
        self.objective = objective
        self.model = model
        self.workload = workload
        self.hardware = hardware
        self.reports = reports
        self.strictPrecision = strictPrecision
        self.alternatives = alternatives
        self.explain = explain
        self.defaults = defaults
    }
}
