import OAMCore

/// The scale-up topology as stated (the adapter report's word first, else the
/// descriptor's), and how the communication model treats it.
struct LinkTopologyReading {
    /// The word as stated, lower-cased; `nil` when neither states one.
    var name: String?
    /// The stated word as a schema topology; `nil` when unstated or not a schema word.
    var stated: ScaleUpTopology?

    init(report: String?, descriptor: ScaleUpTopology?) {
        name = (report ?? descriptor?.rawValue)?.lowercased()
        stated = name.flatMap(ScaleUpTopology.init(rawValue:))
    }

    /// The link model: a switch gives every peer full bandwidth; meshes, tori, hypercubes,
    /// bridges and fully connected domains are point to point; a ring is a ring; no
    /// fabric (or none stated) leaves the host link.
    var model: LinkProfile.Topology {
        switch stated {
        case .switched: return .switched
        case .fullyConnected, .almostFullyConnected, .pointToPoint, .mesh, .hypercube, .hybridCubeMesh, .torus, .bridge:
            return .pointToPoint
        case .ring: return .ring
        case ScaleUpTopology.none?, nil: return .hostLink
        }
    }

    /// True when a scale-up fabric is stated (the link is modelled on it, given a bandwidth).
    var isModelledFabric: Bool { model != .hostLink }

    /// `is mesh`, `not stated`, for assumptions.
    var phrase: String { name.map { "is \($0)" } ?? "not stated" }

    /// The assumption the model makes for this topology on module `id`, if any: every
    /// topology but a switch and a fully connected domain is an approximation.
    func assumption(_ id: String) -> String? {
        switch stated {
        case .pointToPoint, .mesh, .hypercube, .hybridCubeMesh, .almostFullyConnected, .torus:
            return
                "scale-up topology \(stated!.rawValue) of \(id) modelled as point-to-point: a group of n devices uses the links to its n − 1 peers, (n − 1)/(domain − 1) of the scale-up bandwidth"
        case .bridge:
            return
                "scale-up topology bridge of \(id) modelled as point-to-point over the bridge links: a group of n devices uses (n − 1)/(domain − 1) of the bridge bandwidth"
        case .ring:
            return
                "scale-up topology ring of \(id) modelled as a ring: a neighbour gets one link (half the scale-up bandwidth); all-reduce runs as a ring at that per-link bandwidth (bandwidth-optimal), other collectives too"
        case .switched, .fullyConnected, ScaleUpTopology.none?, nil:
            return nil
        }
    }
}
