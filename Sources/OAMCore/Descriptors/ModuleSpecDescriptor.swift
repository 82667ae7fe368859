/// An open module specification version (OCP OAM 1.5, UBB 2.0…) and the envelope a
/// conforming module must stay within. Facts the public material does not state are `nil`.
public struct ModuleSpecDescriptor: Sendable {
    public var id: String
    public var family: String
    public var name: String
    public var version: String
    public var published: PartialDate?
    /// `oam` for module specs, `ubb` for baseboards.
    public var formFactor: FormFactor
    public var powerProfiles: [PowerProfile]?
    public var hostLinks: Int?
    public var maxHostInterface: HostInterface?
    public var maxInterModuleLinks: Int?
    public var topologies: [String]
    public var baseboardModules: Int?
    public var evidence: Evidence
    public var notes: String?

    /// The most power a module may draw at one supply voltage.
    public struct PowerProfile: Sendable, Hashable {
        /// Supply voltage in volts.
        public var supply: Double
        /// Maximum module power in watts; `nil` when the spec's figure is not public.
        public var maxPower: Double?

        public init(supply: Double, maxPower: Double?) {
            self.supply = supply
            self.maxPower = maxPower
        }
    }

    public init(id: String, family: String = "", name: String = "", version: String = "", formFactor: FormFactor = .oam) {
        self.id = id
        self.family = family
        self.name = name
        self.version = version
        self.formFactor = formFactor
        self.topologies = []
        self.evidence = Evidence()
    }

    /// The highest power any profile allows, in watts, if any profile states one.
    public var maxPower: Double? {
        powerProfiles?.compactMap(\.maxPower).max()
    }
}
