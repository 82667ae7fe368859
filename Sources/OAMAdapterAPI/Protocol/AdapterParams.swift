/// The parameters of a request; which fields apply depends on the method.
public struct AdapterParams: Sendable, Hashable, Codable {
    /// `validate`, `capabilities`: the descriptor in question.
    public var module: ModuleSource?
    /// `capabilities`: the software stack version ("ROCm 6.2"); absent for the newest.
    public var stack: String?
    /// `discover`: the PCI devices of the adapter's PCI vendors.
    public var devices: [PCIDevice]?
    /// `discover`: the registry's modules of the adapter's vendors; absent in a golden
    /// example means "all of them".
    public var modules: [ModuleSource]?
    /// `discover`: captured vendor tool output.
    public var tools: [ToolOutput]?

    public init(
        module: ModuleSource? = nil, stack: String? = nil, devices: [PCIDevice]? = nil, modules: [ModuleSource]? = nil,
        tools: [ToolOutput]? = nil
    ) {
        self.module = module
        self.stack = stack
        self.devices = devices
        self.modules = modules
        self.tools = tools
    }
}
