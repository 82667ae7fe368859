/// A vendor tool whose output an adapter can read, and where its format is documented.
public struct VendorTool: Sendable, Hashable, Codable {
    /// The executable ("nvidia-smi").
    public var executable: String
    /// Arguments that produce the documented format (["-q", "-x"]).
    public var arguments: [String]
    /// The public documentation of the output format.
    public var documentation: String

    public init(executable: String, arguments: [String], documentation: String) {
        self.executable = executable
        self.arguments = arguments
        self.documentation = documentation
    }

    /// The command line as it is keyed in `ToolOutput.tool` ("nvidia-smi -q -x").
    public var commandLine: String { ([executable] + arguments).joined(separator: " ") }
}

/// Captured output of a vendor tool: what `oam probe` hands an adapter to enrich
/// discovery with, from a live run or from a file (`--tool-output`).
public struct ToolOutput: Sendable, Hashable, Codable {
    /// The command line that produced it ("nvidia-smi -q -x").
    public var tool: String
    /// The tool's standard output, as captured.
    public var output: String

    public init(tool: String, output: String) {
        self.tool = tool
        self.output = output
    }
}

/// What a vendor tool says about one installed device.
public struct DeviceReport: Sendable, Hashable, Codable {
    /// The device's PCI address, normalised (`PCIDevice.normalizedAddress`).
    public var address: String?
    /// The product name the tool prints ("NVIDIA H100 80GB HBM3", "910B3").
    public var product: String?
    /// Registry ids the product name maps to.
    public var modules: [String]
    /// Device memory the tool reports, in bytes.
    public var memoryTotalBytes: Double?
    /// Memory left after the driver's own reservation, in bytes, when the tool says.
    public var memoryUsableBytes: Double?
    /// The driver version the tool reports, as written.
    public var driverVersion: String?
    /// The software stack version the tool reports ("CUDA 12.4").
    public var stackVersion: String?
    /// The command line the report was read from.
    public var tool: String

    public init(
        address: String?, product: String?, modules: [String], memoryTotalBytes: Double? = nil, memoryUsableBytes: Double? = nil,
        driverVersion: String? = nil, stackVersion: String? = nil, tool: String
    ) {
        self.address = address
        self.product = product
        self.modules = modules
        self.memoryTotalBytes = memoryTotalBytes
        self.memoryUsableBytes = memoryUsableBytes
        self.driverVersion = driverVersion
        self.stackVersion = stackVersion
        self.tool = tool
    }
}
