/// Groups rules in documentation and in `oam rules`.
public enum RuleCategory: String, Sendable, CaseIterable {
    case yaml = "YAML"
    case schema = "Schema"
    case range = "Plausible ranges"
    case consistency = "Cross-field consistency"
    case conformance = "Module-spec conformance"
    case registry = "Registry-wide"
    case evidence = "Evidence"
    case model = "Models"
}
