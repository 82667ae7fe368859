/// A golden example: a request and what its response must contain. The test suite runs
/// every in-tree adapter's examples; `oam adapter check` runs them against an in-tree
/// adapter or an out-of-tree executable, so both kinds answer the same questions.
///
/// Requests name modules by registry id only; the host fills in each module's path and
/// YAML text from the registry. `expect` is matched against the response's `result` by
/// `JSONContainment`.
public struct GoldenExample: Sendable, Hashable, Codable {
    /// What the example shows, one line.
    public var name: String
    /// The method the example request calls.
    public var method: AdapterMethod
    /// Its parameters; modules by id only (the host fills in path and text).
    public var params: AdapterParams
    /// What `result` must contain.
    public var expect: JSONFragment

    public init(_ name: String, _ method: AdapterMethod, _ params: AdapterParams, expect json: String) {
        self.name = name
        self.method = method
        self.params = params
        do {
            self.expect = try JSONFragment(json: json)
        } catch {
            // Kept so that the example fails visibly instead of crashing the host.
            self.expect = .object(["invalid golden JSON": .string("\(error)")])
        }
    }

    /// A capability request for a registry module.
    public static func capabilities(_ name: String, module: String, stack: String? = nil, expect: String) -> GoldenExample {
        GoldenExample(name, .capabilities, AdapterParams(module: ModuleSource(id: module), stack: stack), expect: expect)
    }

    /// A validation request for an inline descriptor.
    public static func validate(_ name: String, path: String, yaml: String, expect: String) -> GoldenExample {
        GoldenExample(name, .validate, AdapterParams(module: ModuleSource(path: path, source: yaml)), expect: expect)
    }

    /// A validation request for a registry module as shipped.
    public static func validate(_ name: String, module: String, expect: String) -> GoldenExample {
        GoldenExample(name, .validate, AdapterParams(module: ModuleSource(id: module)), expect: expect)
    }

    /// A discovery request over PCI devices (and captured tool output), against the
    /// registry's modules of the adapter's vendors.
    public static func discover(_ name: String, devices: [PCIDevice], tools: [ToolOutput]? = nil, expect: String) -> GoldenExample
    {
        GoldenExample(name, .discover, AdapterParams(devices: devices, tools: tools), expect: expect)
    }
}
