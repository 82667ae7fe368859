import OAMCore

/// A decoded descriptor of any kind.
///
/// Indirect, so copying a `DescriptorFile` (rules, the registry's indexes and the
/// validator's filters copy them often) retains one box instead of every field of a
/// descriptor.
public indirect enum Descriptor: Sendable {
    case accelerator(AcceleratorDescriptor)
    case model(ModelDescriptor)
    case moduleSpec(ModuleSpecDescriptor)

    public var id: String {
        switch self {
        case .accelerator(let a): return a.id
        case .model(let m): return m.id
        case .moduleSpec(let s): return s.id
        }
    }

    /// The product or model name as published (`Huawei Ascend 910B`).
    public var name: String {
        switch self {
        case .accelerator(let a): return a.name
        case .model(let m): return m.name
        case .moduleSpec(let s): return s.name
        }
    }

    /// Every name the descriptor answers to: its id, its published name and its aliases.
    public var names: [String] { [id, name] + aliases }

    public var kind: DescriptorKind {
        switch self {
        case .accelerator: return .accelerator
        case .model: return .model
        case .moduleSpec: return .moduleSpec
        }
    }

    /// Other names the descriptor answers to (module specs have none).
    public var aliases: [String] {
        switch self {
        case .accelerator(let a): return a.aliases
        case .model(let m): return m.aliases
        case .moduleSpec: return []
        }
    }

    public var evidence: Evidence {
        switch self {
        case .accelerator(let a): return a.evidence
        case .model(let m): return m.evidence
        case .moduleSpec(let s): return s.evidence
        }
    }
}
