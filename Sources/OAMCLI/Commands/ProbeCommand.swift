import ArgumentParser
import Foundation
import OAMAdapterAPI
import OAMCore
import OAMHost

/// `oam probe`: the accelerators installed on this host (or in a captured sysfs tree),
/// matched to registry modules, with counts.
struct ProbeCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "List the accelerators installed on this host, matched to registry modules, with counts.",
        discussion: """
            Reads PCI devices once from sysfs (<root>/bus/pci/devices/*/{vendor,device,class}). \
            Non-accelerator devices are ignored; unreadable entries are skipped with a warning. \
            On the live host, vendor tools with a documented output format (nvidia-smi -q -x, \
            npu-smi info) are run when present; with --sysfs-root, pass captured tool output \
            with --tool-output instead. Exit 0 when the probe ran, 2 when it could not.
            """)

    @Option(
        name: .customLong("sysfs-root"),
        help: ArgumentHelp("Read <dir>/bus/pci/devices instead of /sys (a captured tree).", valueName: "dir"))
    var sysfsRoot: String?

    @Option(
        name: .customLong("tool-output"),
        help: ArgumentHelp(
            "Captured vendor tool output, e.g. 'nvidia-smi=smi.xml' or 'npu-smi info=npu.txt' (repeatable).",
            valueName: "tool=file"))
    var toolOutputs: [String] = []

    @Flag(name: .customLong("no-tools"), help: "Do not run vendor tools on the live host.")
    var noTools = false

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var adapterOptions: AdapterOptions

    @Option(help: "Output format: table or json.")
    var format: DataFormat = .table

    func execute() throws -> Int32 {
        let registry = try registryOptions.load()
        let scan = PCIScanner.scan(sysfsRoot: sysfsRoot ?? "/sys")
        if let sysfsRoot, let failure = scan.failure {
            throw CLIError.couldNotRun("--sysfs-root \(PCIScanner.escaped(sysfsRoot)): \(failure)")
        }
        var tools = try toolOutputs.map(Self.readToolOutput)
        var problems: [AdapterProblem] = []
        if sysfsRoot == nil, !noTools, toolOutputs.isEmpty {
            for adapter in BuiltInAdapters.vendorAdapters
            where scan.devices.contains(where: { $0.id.map { adapter.info.pciVendors.contains($0.vendor) } ?? false }) {
                for tool in adapter.info.tools {
                    switch ToolCapture.capture(tool, locator: adapterOptions.locator, limits: adapterOptions.limits) {
                    case .success(let output)?: tools.append(output)
                    case .failure(let problem)?: problems.append(problem)
                    case nil: break
                    }
                }
            }
        }
        let external = Self.externalAdapters(for: scan, options: adapterOptions, problems: &problems)
        var result = Prober(registry: registry, external: external, tools: tools).probe(scan)
        result.problems = problems + result.problems
        Output.print(format == .json ? ProbeOutput.json(result).serialized(pretty: true) : ProbeOutput.table(result))
        if format == .table {
            for warning in result.warnings { Output.error("warning: \(warning)") }
            for problem in result.problems { Output.error("warning: adapter \(problem)") }
        }
        return 0
    }

    /// `tool=file` → the file's text under the tool's name.
    static func readToolOutput(_ argument: String) throws -> ToolOutput {
        guard let equals = argument.firstIndex(of: "=") else {
            throw CLIError.couldNotRun("--tool-output '\(argument)': expected tool=file")
        }
        let tool = String(argument[..<equals])
        let path = String(argument[argument.index(after: equals)...])
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CLIError.couldNotRun("--tool-output: cannot read \(path)")
        }
        return ToolOutput(tool: tool, output: text)
    }

    /// Out-of-tree adapters for PCI vendors no in-tree adapter claims, when such devices exist.
    static func externalAdapters(for scan: PCIScan, options: AdapterOptions, problems: inout [AdapterProblem]) -> [(
        endpoint: ExternalAdapter, info: AdapterInfo
    )] {
        let claimed = Set(BuiltInAdapters.vendorAdapters.flatMap(\.info.pciVendors))
        let unclaimed = scan.devices.contains { device in
            device.id.map { !claimed.contains($0.vendor) } ?? false && AcceleratorClass.isCandidate(device)
        }
        guard unclaimed else { return [] }
        var result: [(endpoint: ExternalAdapter, info: AdapterInfo)] = []
        for found in options.locator.adapters() {
            let listing = AdapterInventory.describe(found, limits: options.limits, registry: nil)
            if let problem = listing.problem {
                problems.append(problem)
                continue
            }
            if let info = listing.info { result.append((ExternalAdapter(executable: found.path, limits: options.limits), info)) }
        }
        return result
    }
}
