import ArgumentParser
import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMRegistry
import OAMSolver

/// `oam fit MODEL`: does the model run on these modules, on how many, arranged how, how
/// fast, and why — ranked over every accelerator in the registry (or the `--chip`s given).
struct FitCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Rank accelerators for a model: modules needed, parallel plan, memory, speed, efficiency, with reasons.",
        discussion: """
            MODEL is a registry id or alias, a model descriptor (.yaml) or a HuggingFace config.json. \
            Serving is the default workload; --train sizes a training run. Exit 0 when at least one \
            chip fits, 1 when none does, 2 when the command could not run. Bytes print in decimal GB; \
            JSON is in SI units. Figures without a registry value or adapter report use the documented \
            defaults (Docs/solver.md), which every verdict names.
            """)

    @Argument(help: ArgumentHelp("A registry id or alias, a model descriptor file, or a config.json.", valueName: "model"))
    var model: String

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var serving: FitServingOptions
    @OptionGroup var training: FitTrainingOptions

    @Option(
        name: .customLong("chip"),
        help: ArgumentHelp("An accelerator id or alias (repeatable; default: every accelerator).", valueName: "id"))
    var chips: [String] = []

    @Option(
        help: ArgumentHelp("Evaluate exactly this many modules instead of searching for the smallest count.", valueName: "count"))
    var modules: Int?

    @Option(
        name: .customLong("max-modules"),
        help: ArgumentHelp("Largest module count to search (default 128 serving, 65536 training).", valueName: "count"))
    var maxModules: Int?

    @Option(
        name: .customLong("node-size"),
        help: ArgumentHelp("Modules per node (default: the module's scale-up domain, 8 on an OAM UBB).", valueName: "count"))
    var nodeSize: Int?

    @Flag(
        name: .customLong("strict-precision"),
        help: "Refuse a precision the chip lacks natively instead of falling back (weight-only or upcast).")
    var strictPrecision = false

    @Option(help: ArgumentHelp("Also show this many next-best plans per chip.", valueName: "count"))
    var alternatives: Int = 0

    @Option(
        help: ArgumentHelp(
            "Software stack the adapters report for, e.g. \"CUDA 12.4\" (default: the newest each knows).", valueName: "stack"))
    var stack: String?

    @Flag(name: .customLong("no-adapters"), help: "Ignore adapter capability reports; use registry figures and defaults only.")
    var noAdapters = false

    @Flag(help: "Show the arithmetic step by step.")
    var explain = false

    @Option(help: "Output format: table, json or markdown.")
    var format: FitFormat = .table

    func validate() throws {
        if let modules, modules < 1 { throw ValidationError("--modules must be at least 1") }
        if let maxModules, maxModules < 1 { throw ValidationError("--max-modules must be at least 1") }
        if let maxModules, maxModules > 65_536 { throw ValidationError("--max-modules must be at most 65536") }
        if let modules, modules > InputBounds.modules.upperBound {
            throw ValidationError("--modules must be at most \(InputBounds.modules.upperBound)")
        }
        if let nodeSize, nodeSize < 1 { throw ValidationError("--node-size must be at least 1") }
        if alternatives < 0 { throw ValidationError("--alternatives must be 0 or more") }
        if training.train && training.tokens == nil { throw ValidationError("--train needs --tokens, e.g. --tokens 15.6T") }
        if training.train, !serving.given.isEmpty {
            let given = serving.given
            throw ValidationError(
                "\(given.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") only to serving, not with --train")
        }
        if !training.train, !training.given.isEmpty {
            let given = training.given
            throw ValidationError(
                "\(given.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") only to training; add --train")
        }
    }

    func execute() throws -> Int32 {
        let registry = try registryOptions.load()
        let descriptor = try FitModelSource.load(model, registry: registry)
        // A shape the counts cannot be computed from (a field out of ArchitectureLimits, heads
        // not a multiple of kv_heads, …) is refused before any arithmetic: exit 2.
        if let problem = descriptor.architecture.shapeProblem {
            throw CLIError.couldNotRun("\(descriptor.id): cannot size this model: \(problem)")
        }
        var accelerators: [AcceleratorDescriptor] = []
        for name in chips {
            guard let accelerator = registry.accelerator(name) else {
                throw CLIError.notFound(name, suggestions: registry.suggestions(for: name, kind: .accelerator))
            }
            if !accelerators.contains(where: { $0.id == accelerator.id }) { accelerators.append(accelerator) }
        }
        if accelerators.isEmpty { accelerators = registry.accelerators.sorted { $0.id < $1.id } }
        guard !accelerators.isEmpty else { throw CLIError.couldNotRun("the registry has no accelerators") }

        var reports: [String: CapabilityReport] = [:]
        if !noAdapters {
            for accelerator in accelerators {
                if let report = CapabilityCatalog.builtIn.report(for: accelerator, stack: stack) {
                    reports[accelerator.id] = report
                }
            }
        }
        let workload: Workload = training.train ? .training(training.workload()) : .serving(serving.workload())
        let hardware = HardwareQuery(
            chips: accelerators, modules: modules, maxModules: maxModules ?? (training.train ? 65_536 : 128), nodeSize: nodeSize)
        let request = FitRequest(
            model: descriptor, workload: workload, hardware: hardware, reports: reports,
            strictPrecision: strictPrecision, alternatives: alternatives, explain: explain)
        let report = CompatibilitySolver.solve(request)
        switch format {
        case .table: Output.print(FitTable.render(report, explain: explain))
        case .json: Output.print(FitJSON.render(report))
        case .markdown: Output.print(FitMarkdown.render(report, explain: explain))
        }
        return report.results.contains(where: \.fits) ? 0 : 1
    }
}

/// `--format` of `oam fit`.
enum FitFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
}
