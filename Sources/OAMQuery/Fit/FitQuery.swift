import OAMSolver

/// A fit question as the user wrote it: `oam fit MODEL …` and `GET|POST /api/v1/fit` decode
/// into this, are validated by `validate()` with the same messages, and are resolved against
/// the registry by `resolve(model:registry:catalog:)` into the solver's `FitRequest`.
public struct FitQuery: Sendable, Equatable {
    /// A registry id or alias (the CLI also takes a file, which it reads itself).
    public var model: String
    public var serving: ServingQuery
    public var training: TrainingQuery
    /// Accelerator ids or aliases; empty means every accelerator.
    public var chips: [String]
    /// Evaluate exactly this many modules instead of searching for the smallest count.
    public var modules: Int?
    /// Largest module count to search.
    public var maxModules: Int?
    /// Modules per node.
    public var nodeSize: Int?
    /// Refuse a precision the chip lacks natively.
    public var strictPrecision: Bool
    /// Next-best plans per chip to show.
    public var alternatives: Int
    /// Software stack the adapters report for (`CUDA 12.4`).
    public var stack: String?
    /// Ignore adapter capability reports.
    public var noAdapters: Bool
    /// Show the arithmetic step by step.
    public var explain: Bool
    /// `--assume` values as written, each one or more comma-separated assumptions
    /// (`int8=2x:fp16`, `fp8=1000 TFLOPS,bandwidth=1.6 TB/s`; grammar in `FigureAssumption`).
    public var assumptions: [String]

    public init(
        model: String, serving: ServingQuery = ServingQuery(), training: TrainingQuery = TrainingQuery(), chips: [String] = [],
        modules: Int? = nil, maxModules: Int? = nil, nodeSize: Int? = nil, strictPrecision: Bool = false,
        alternatives: Int = 0, stack: String? = nil, noAdapters: Bool = false, explain: Bool = false,
        assumptions: [String] = []
    ) {
        self.assumptions = assumptions
        self.model = model
        self.serving = serving
        self.training = training
        self.chips = chips
        self.modules = modules
        self.maxModules = maxModules
        self.nodeSize = nodeSize
        self.strictPrecision = strictPrecision
        self.alternatives = alternatives
        self.stack = stack
        self.noAdapters = noAdapters
        self.explain = explain
    }

    /// The `--assume` values read by the grammar; a fault is a bad `assume` parameter.
    public func figureAssumptions() throws(QueryError) -> [FigureAssumption] {
        do {
            return try FigureAssumption.parse(assumptions)
        } catch {
            throw .invalidParameter(parameter: "assume", message: error.description)
        }
    }

    /// Largest `max-modules`: the search space the solver is sized for.
    public static let maxModulesLimit = 65_536

    /// Checks every value and combination; the first problem is thrown.
    public func validate() throws(QueryError) {
        try serving.validate()
        try training.validate()
        if let modules, modules < 1 { throw .invalidParameter(parameter: "modules", message: "--modules must be at least 1") }
        if let maxModules, maxModules < 1 {
            throw .invalidParameter(parameter: "max-modules", message: "--max-modules must be at least 1")
        }
        if let maxModules, maxModules > Self.maxModulesLimit {
            throw .invalidParameter(parameter: "max-modules", message: "--max-modules must be at most \(Self.maxModulesLimit)")
        }
        if let modules, modules > InputBounds.modules.upperBound {
            throw .invalidParameter(parameter: "modules", message: "--modules must be at most \(InputBounds.modules.upperBound)")
        }
        if let nodeSize, nodeSize < 1 {
            throw .invalidParameter(parameter: "node-size", message: "--node-size must be at least 1")
        }
        _ = try figureAssumptions()
        if alternatives < 0 {
            throw .invalidParameter(parameter: "alternatives", message: "--alternatives must be 0 or more")
        }
        if training.train, let first = serving.given.first {
            let given = serving.given
            throw .invalidParameter(
                parameter: first,
                message:
                    "\(given.map { "--\($0)" }.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") only to serving, not with --train"
            )
        }
    }
}
