/// How a module's scale-up links connect it to its peers (`scale_up.topology`), as the
/// descriptor schema spells it.
public enum ScaleUpTopology: String, Sendable, Hashable, CaseIterable {
    case fullyConnected = "fully-connected"
    case almostFullyConnected = "almost-fully-connected"
    case hybridCubeMesh = "hybrid-cube-mesh"
    case hypercube
    case ring
    case switched
    case mesh
    case torus
    /// A bridge card joining a few boards (PCIe parts).
    case bridge
    case pointToPoint = "point-to-point"
    /// No scale-up fabric: peers talk over the host link.
    case none
}
