import ArgumentParser
import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// `oam list [accelerators|models|specs]` with filters.
struct ListCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List accelerators, models or module specs in the registry.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case accelerators, models, specs
    }

    @Argument(help: "What to list: accelerators, models or specs.")
    var what: What = .accelerators

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: "Only this vendor (accelerators).")
    var vendor: String?

    @Option(name: .customLong("form-factor"), help: "Only this form factor: oam, sxm, pcie, proprietary.")
    var formFactor: String?

    @Option(help: "Only modules with a known dense peak in this precision, e.g. fp8.")
    var precision: Precision?

    @Option(name: .customLong("min-memory"), help: "Only modules with at least this much memory, e.g. 96GiB.")
    var minMemory: String?

    @Option(help: ArgumentHelp("Only modules that claim this module spec, e.g. ocp-oam-2.0 (accelerators).", valueName: "id"))
    var spec: String?

    @Option(help: ArgumentHelp("Only modules whose id, name or an alias matches, e.g. mi300 (accelerators).", valueName: "text"))
    var search: String?

    @Option(help: "Output format: table or json.")
    var format: DataFormat = .table

    /// The filters as the query `oam list accelerators` and `GET /api/v1/accelerators` share.
    var query: AcceleratorListQuery {
        AcceleratorListQuery(
            vendor: vendor, formFactor: formFactor, precision: precision, minMemory: minMemory, spec: spec, search: search)
    }

    func validate() throws {
        do {
            try query.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    var errorsAsJSON: Bool { format == .json }

    func execute() throws -> Int32 {
        let registry = try registryOptions.load()
        switch what {
        case .accelerators: try listAccelerators(registry)
        case .models: listModels(registry)
        case .specs: listSpecs(registry)
        }
        return 0
    }

    private func listAccelerators(_ registry: Registry) throws {
        let accelerators = try query.filter(registry)
        if format == .json {
            Output.print(JSONValue.array(accelerators.map(\.json)).serialized(pretty: true))
            return
        }
        var table = TextTable(
            ["ID", "NAME", "FORM", "MEMORY", "BANDWIDTH", "TDP", "BF16 DENSE", "FP8 DENSE", "WEAKEST TIER"],
            rightAligned: [3, 4, 5, 6, 7])
        for a in accelerators {
            let weakest = a.weakestTier(of: a.headlineFigures)
            table.add([
                a.id, a.name, a.formFactor?.rawValue ?? "?", Self.cell(a.memory.capacity), Self.cell(a.memory.bandwidth),
                Self.cell(a.power.tdp), Self.cell(a.peakDense[.bf16]), Self.cell(a.peakDense[.fp8]), weakest?.rawValue ?? "-",
            ])
        }
        Output.print(table.render())
        Output.print(
            "\(accelerators.count) accelerator\(accelerators.count == 1 ? "" : "s"); dense peaks; '?' = unknown, '-' = not applicable"
        )
    }

    private func listModels(_ registry: Registry) {
        let models = registry.models.sorted { $0.id < $1.id }
        if format == .json {
            Output.print(JSONValue.array(models.map(\.json)).serialized(pretty: true))
            return
        }
        var table = TextTable(
            ["ID", "NAME", "PARAMETERS", "ACTIVE", "ATTENTION", "LAYERS", "CONTEXT", "CHECKPOINT"], rightAligned: [2, 3, 5, 6])
        for m in models {
            let a = m.architecture
            table.add([
                m.id, m.name, Self.count(a.parameters.total), Self.count(a.activeParameters), a.attention.kind.rawValue,
                String(a.layers), String(a.maxContext), m.checkpoint.quantization?.method ?? m.checkpoint.dtype,
            ])
        }
        Output.print(table.render())
        Output.print("\(models.count) model\(models.count == 1 ? "" : "s"); parameters computed from the architecture")
    }

    private func listSpecs(_ registry: Registry) {
        let specs = registry.moduleSpecs.sorted { $0.id < $1.id }
        if format == .json {
            Output.print(JSONValue.array(specs.map(\.json)).serialized(pretty: true))
            return
        }
        var table = TextTable(["ID", "NAME", "VERSION", "PUBLISHED", "MAX POWER", "LINKS"])
        for s in specs {
            table.add([
                s.id, s.name, s.version, s.published?.description ?? "?", s.maxPower.map { Quantity($0, .power).text } ?? "?",
                s.maxInterModuleLinks.map(String.init) ?? "?",
            ])
        }
        Output.print(table.render())
    }

    static func cell(_ figure: Figure<Quantity>?) -> String {
        guard let figure else { return "-" }
        return figure.value?.text ?? "?"
    }

    static func count(_ value: Int) -> String {
        let v = Double(value)
        if v >= 1e12 { return String(format: "%.2fT", v / 1e12) }
        if v >= 1e9 { return String(format: "%.2fB", v / 1e9) }
        return String(format: "%.1fM", v / 1e6)
    }
}

extension Precision: ExpressibleByArgument {}
