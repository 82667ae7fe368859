import YAMLReader

/// An accelerator module as its descriptor states it. Figures that the descriptor writes
/// as `unknown` have a `nil` value; figures it leaves out are `nil` figures.
public struct AcceleratorDescriptor: Sendable {
    public var id: String
    public var name: String
    public var vendor: String
    public var aliases: [String]
    public var released: PartialDate?
    /// `oam`, `sxm`, `pcie` or `proprietary`.
    public var formFactor: FormFactor?
    /// The module spec or spec family claimed, with where it was written.
    public var conformsTo: Figure<String>?
    /// Logical devices per module (MI250X: 2); 1 when the descriptor leaves it unknown or
    /// out (see `devicesPerModuleKnown`).
    public var devicesPerModule: Int
    /// False when the descriptor writes `devices_per_module: unknown` or leaves it out: the
    /// solver then assumes 1 and lists that assumption.
    public var devicesPerModuleKnown: Bool = true
    public var pciIDs: [PCIID]
    public var memory: Memory
    public var power: Power
    public var hostInterface: Figure<HostInterface>?
    public var scaleUp: ScaleUp?
    public var scaleOut: ScaleOut?
    /// Dense matrix peak per precision, in FLOP/s (OP/s for integer precisions).
    public var peakDense: [Precision: Figure<Quantity>]
    public var peakVector: [Precision: Figure<Quantity>]
    public var peakSparse: [Precision: Figure<Quantity>]
    public var unsupported: [Precision]
    public var evidence: Evidence
    public var notes: String?
    /// `x-<vendor>` blocks, left to the vendor's adapter.
    public var vendorBlocks: [String: YAMLNode]

    public struct Memory: Sendable {
        public var capacity: Figure<Quantity>?
        public var type: Figure<String>?
        public var bandwidth: Figure<Quantity>?

        public init(capacity: Figure<Quantity>? = nil, type: Figure<String>? = nil, bandwidth: Figure<Quantity>? = nil) {
            self.capacity = capacity
            self.type = type
            self.bandwidth = bandwidth
        }
    }

    public struct Power: Sendable {
        public var tdp: Figure<Quantity>?
        public var cooling: Cooling?

        public init(tdp: Figure<Quantity>? = nil, cooling: Cooling? = nil) {
            self.tdp = tdp
            self.cooling = cooling
        }
    }

    /// The module-to-module fabric.
    public struct ScaleUp: Sendable {
        public var technology: String?
        public var links: Figure<Int>?
        public var linkBandwidth: Figure<Quantity>?
        public var totalBandwidth: Figure<Quantity>?
        /// How the bandwidth figures are quoted: per direction, both directions summed, or
        /// not stated (the descriptor leaves `direction` out).
        public enum Direction: String, Sendable, Hashable {
            case perDirection = "per-direction"
            case bidirectional, unstated
        }

        public var direction: Direction
        public var topology: ScaleUpTopology?
        public var domainSize: Figure<Int>?

        /// True when the bandwidth figures are both directions summed.
        public var bidirectional: Bool {
            get { direction == .bidirectional }
            set { direction = newValue ? .bidirectional : .perDirection }
        }

        public init(
            technology: String? = nil, links: Figure<Int>? = nil, linkBandwidth: Figure<Quantity>? = nil,
            totalBandwidth: Figure<Quantity>? = nil, bidirectional: Bool = false, direction: Direction? = nil,
            topology: ScaleUpTopology? = nil, domainSize: Figure<Int>? = nil
        ) {
            self.technology = technology
            self.links = links
            self.linkBandwidth = linkBandwidth
            self.totalBandwidth = totalBandwidth
            self.direction = direction ?? (bidirectional ? .bidirectional : .perDirection)
            self.topology = topology
            self.domainSize = domainSize
        }

        /// Bandwidth one module can send to its peers at once, per direction, in B/s:
        /// the total figure if given, else links × link bandwidth; halved when quoted
        /// bidirectionally or when the direction is not stated (the conservative reading).
        public var bandwidthPerDirection: Double? {
            let total =
                totalBandwidth?.value?.value
                ?? zip2(links?.value, linkBandwidth?.value?.value).map { Double($0) * $1 }
            guard let total else { return nil }
            return direction == .perDirection ? total : total / 2
        }
    }

    /// Network ports on the module itself (Gaudi's RoCE).
    public struct ScaleOut: Sendable {
        public var technology: String?
        public var ports: Figure<Int>?
        public var portBandwidth: Figure<Quantity>?

        public init(technology: String? = nil, ports: Figure<Int>? = nil, portBandwidth: Figure<Quantity>? = nil) {
            self.technology = technology
            self.ports = ports
            self.portBandwidth = portBandwidth
        }
    }

    public init(id: String, name: String = "", vendor: String = "") {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.aliases = []
        self.devicesPerModule = 1
        self.pciIDs = []
        self.memory = Memory()
        self.power = Power()
        self.peakDense = [:]
        self.peakVector = [:]
        self.peakSparse = [:]
        self.unsupported = []
        self.evidence = Evidence()
        self.vendorBlocks = [:]
    }

    /// The bare product part of the id (`mi300x` for `amd/mi300x`).
    public var product: String {
        id.split(separator: "/", maxSplits: 1).last.map(String.init) ?? id
    }
}

private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
