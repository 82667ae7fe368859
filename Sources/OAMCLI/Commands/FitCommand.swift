import ArgumentParser
import OAMQuery
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
            defaults (Docs/solver.md), which every verdict names; a figure the speed, memory or power \
            needs and nobody states is named with the --assume that fills it. A verdict that rests on \
            a default or an --assume has evidence tier 'assumed', below third-party.
            """)

    @Argument(help: ArgumentHelp("A registry id or alias, a model descriptor file, or a config.json.", valueName: "model"))
    var model: String

    @Option(
        help: ArgumentHelp(
            "With a config.json MODEL: its HuggingFace repo id (default: from the file name ORG__NAME.json).",
            valueName: "org/name"))
    var id: String?

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

    @Option(
        name: .customLong("assume"),
        help: ArgumentHelp(
            "Compute with a figure the registry and adapters leave unknown, per module (repeatable, or comma-separated): a dense peak as PRECISION=NUMBER UNIT or PRECISION=FACTORx:PRECISION, bandwidth=, capacity= or tdp= NUMBER UNIT; e.g. int8=2x:fp16, fp8=1000TFLOPS, bandwidth=1.6TB/s. A stated figure is never replaced; a verdict resting on an assumption has tier 'assumed' (Docs/solver.md §5.6).",
            valueName: "figure=value"))
    var assumptions: [String] = []

    @Flag(
        help:
            "Also print each module's Pareto front over server sizes (modules, plan, throughput, per module, TTFT, TPOT); JSON always carries it."
    )
    var front = false

    @Option(help: "Output format: table, json or markdown.")
    var format: FitFormat = .table

    /// The command line as the query `oam fit` and `GET /api/v1/fit` share.
    var query: FitQuery {
        FitQuery(
            model: model, serving: serving.query, training: training.query, chips: chips, modules: modules,
            maxModules: maxModules, nodeSize: nodeSize, strictPrecision: strictPrecision, alternatives: alternatives,
            stack: stack, noAdapters: noAdapters, explain: explain, assumptions: assumptions)
    }

    var errorsAsJSON: Bool { format == .json }

    func validate() throws {
        if let id {
            do {
                try ConfigModel.validate(id: id)
            } catch {
                throw ValidationError(error.description)
            }
        }
        // With --format json, execute() reports a bad value in the API's error shape.
        guard format != .json else { return }
        do {
            try query.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func execute() throws -> Int32 {
        if format == .json {
            do {
                try query.validate()
            } catch {
                Output.print(ErrorDocument(error).json.serialized(pretty: true))
                return ExitCode.validationFailure.rawValue
            }
        }
        let registry = try registryOptions.load()
        let descriptor = try FitModelSource.load(model, id: id, registry: registry)
        let report = CompatibilitySolver.solve(try query.resolve(model: descriptor, registry: registry))
        switch format {
        case .table: Output.print(FitTable.render(report, explain: explain, front: front))
        case .json: Output.print(FitJSON.render(report))
        case .markdown: Output.print(FitMarkdown.render(report, explain: explain, front: front))
        }
        return report.results.contains(where: \.fits) ? 0 : 1
    }
}

/// `--format` of `oam fit`.
enum FitFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
}
