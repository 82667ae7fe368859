/// Who an adapter is: the identity exchanged by `describe` and listed by `oam adapters`.
public struct AdapterInfo: Sendable, Hashable, Codable {
    /// The adapter's id, the registry vendor it was written for (`amd`, `moore-threads`);
    /// an out-of-tree adapter is found as `oam-adapter-<id>`.
    public var id: String
    /// A human name, e.g. "AMD Instinct (ROCm)".
    public var name: String
    /// Registry vendor ids (`vendor:` in descriptors) the adapter speaks for.
    public var vendors: [String]
    /// PCI vendor ids the vendor's accelerators enumerate under, four lowercase hex
    /// digits ("1002"); empty when none is publicly known.
    public var pciVendorIDs: [String]
    /// The adapter's own version (semantic versioning).
    public var version: String
    /// Protocol versions the adapter speaks.
    public var protocolVersions: [Int]
    /// The vendor's software stack as stack versions name it ("ROCm", "CUDA", "CANN").
    public var stack: String?
    /// Vendor tools whose documented output the adapter reads during discovery.
    public var tools: [VendorTool]

    public init(
        id: String, name: String, vendors: [String], pciVendorIDs: [String] = [], version: String,
        protocolVersions: [Int] = [AdapterProtocol.version], stack: String? = nil, tools: [VendorTool] = []
    ) {
        self.id = id
        self.name = name
        self.vendors = vendors
        self.pciVendorIDs = pciVendorIDs
        self.version = version
        self.protocolVersions = protocolVersions
        self.stack = stack
        self.tools = tools
    }

    /// The PCI vendor ids as numbers.
    public var pciVendors: [UInt16] { pciVendorIDs.compactMap { UInt16($0, radix: 16) } }
}
