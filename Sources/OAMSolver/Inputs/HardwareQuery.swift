import OAMCore

/// Which modules to evaluate and how many of them.
public struct HardwareQuery: Sendable {
    /// The accelerators to rank; each gets one verdict.
    public var chips: [AcceleratorDescriptor]
    /// Evaluate exactly this many modules instead of searching for the smallest count.
    public var modules: Int?
    /// Largest module count the search may propose.
    public var maxModules: Int
    /// Modules per node (scale-up domain) to use instead of the module's own figure.
    public var nodeSize: Int?

    public init(chips: [AcceleratorDescriptor], modules: Int? = nil, maxModules: Int = 128, nodeSize: Int? = nil) {
        self.chips = chips
        self.modules = modules
        self.maxModules = maxModules
        self.nodeSize = nodeSize
    }
}
