import OAMCore
import OAMHost
import OAMRegistry

/// The one set of checks `oam validate`, `oam serve` (at start and on reload) and
/// `POST /api/v1/validate` run: every built-in rule plus the in-tree adapters' checks of
/// their `x-<vendor>` blocks.
public enum RegistryCheck {
    /// Every rule that applies to a registry.
    public static var rules: [any Rule] { BuiltInRules.all.map { $0.init() } + [AdapterValidationRule()] }

    /// Findings for `registry`, reporting only on the files in `only` when it is given
    /// (registry-wide rules still see every file).
    public static func diagnostics(_ registry: Registry, only: Set<String>? = nil) -> [Diagnostic] {
        Validator(rules: rules).validate(registry, only: only)
    }
}
