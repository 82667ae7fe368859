import ArgumentParser
import OAMAdapterAPI
import OAMCore
import OAMHost

/// `oam adapter check VENDOR-OR-COMMAND`: runs golden examples against an in-tree adapter
/// (called directly) or an out-of-tree one (an executable, spoken to over the protocol).
struct AdapterCheckCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run golden examples against an in-tree adapter or an adapter executable.",
        discussion: """
            VENDOR-OR-COMMAND is an in-tree adapter id (amd), a vendor with an oam-adapter-<vendor> \
            executable on --adapter-path or PATH, or a command line in quotes \
            ("oam adapter serve amd", "./oam-adapter-acme --verbose"). An executable is asked to \
            describe itself and then runs its own examples and those of the in-tree adapter for \
            the vendors it names. Exit 0 all passed, 1 a failure, 2 could not run.
            """)

    @Argument(help: "An in-tree adapter id, a vendor, or a command line.")
    var target: String

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var adapterOptions: AdapterOptions

    @Option(help: "Output format: table or json.")
    var format: DataFormat = .table

    func execute() throws -> Int32 {
        let registry = try registryOptions.load()
        let resolver = ModuleResolver(registry: registry)
        let (endpoint, examples, vendors) = try resolve()
        let results = GoldenChecker.run(examples, against: endpoint, resolver: resolver, vendors: vendors)
        report(results, endpoint: endpoint)
        return results.allSatisfy(\.passed) && !results.isEmpty ? 0 : 1
    }

    /// The endpoint to check, its examples, and the vendors whose modules discovery uses.
    func resolve() throws -> (any AdapterEndpoint, [GoldenExample], [String]) {
        if !target.contains(where: \.isWhitespace), !target.contains("/"),
            let adapter = BuiltInAdapters.adapter(id: target) ?? BuiltInAdapters.adapter(forVendor: target)
        {
            return (InTreeEndpoint(adapter), adapter.examples, adapter.info.vendors)
        }
        let locator = adapterOptions.locator
        var words = AdapterCommandLine.split(target)
        guard !words.isEmpty else { throw CLIError.couldNotRun("empty command") }
        let executable: String
        if words.count == 1, !target.contains("/"), let found = locator.adapter(vendor: target) {
            executable = found
        } else if let found = locator.resolve(command: words[0]) {
            executable = found
        } else {
            throw CLIError.couldNotRun(
                "'\(target)' is not an in-tree adapter (\(BuiltInAdapters.all.map(\.info.id).joined(separator: ", "))), and no executable '\(words.count == 1 ? AdapterProtocol.executablePrefix + target : words[0])' was found on --adapter-path or PATH"
            )
        }
        words.removeFirst()
        let endpoint = ExternalAdapter(executable: executable, arguments: words, limits: adapterOptions.limits)
        let described: AdapterResult
        switch endpoint.send(AdapterRequest(method: .describe, host: HostIdentity.description)) {
        case .failure(let problem):
            throw CLIError.couldNotRun("describe failed: \(problem)")
        case .success(let response):
            guard let result = response.result, result.info != nil else {
                throw CLIError.couldNotRun(
                    "\(endpoint.name): describe failed: \(response.error.map { "\($0.code): \($0.message)" } ?? "no info")")
            }
            described = result
        }
        let vendors = described.info?.vendors ?? []
        var examples = described.examples ?? []
        for vendor in vendors {
            for example in BuiltInAdapters.adapter(forVendor: vendor)?.examples ?? []
            where !examples.contains(where: { $0.name == example.name }) {
                examples.append(example)
            }
        }
        if examples.isEmpty {
            throw CLIError.couldNotRun(
                "\(endpoint.name) has no golden examples and no in-tree adapter covers its vendors \(vendors)")
        }
        return (endpoint, examples, vendors)
    }

    func report(_ results: [GoldenResult], endpoint: any AdapterEndpoint) {
        let passed = results.filter(\.passed).count
        if format == .json {
            let items = results.map { result -> JSONValue in
                .object([
                    ("name", .string(result.example.name)), ("method", .string(result.example.method.rawValue)),
                    ("passed", .bool(result.passed)), ("problems", .array(result.problems.map(JSONValue.string))),
                ])
            }
            Output.print(
                JSONValue.object([
                    ("adapter", .string(endpoint.name)), ("passed", .integer(passed)),
                    ("failed", .integer(results.count - passed)), ("examples", .array(items)),
                ]).serialized(pretty: true))
            return
        }
        for result in results {
            Output.print("\(result.passed ? "PASS" : "FAIL")  \(result.example.method.rawValue): \(result.example.name)")
            for problem in result.problems { Output.print("      \(problem)") }
        }
        Output.print("\(passed) of \(results.count) golden examples passed against \(endpoint.name)")
    }
}
