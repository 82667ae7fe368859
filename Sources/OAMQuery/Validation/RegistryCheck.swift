import Foundation
import OAMCore
import OAMHost
import OAMRegistry

/// The one set of checks `oam validate`, `oam serve` (at start and on reload) and
/// `POST /api/v1/validate` run: every built-in rule plus the in-tree adapters' checks of
/// their `x-<vendor>` blocks.
public enum RegistryCheck {
    /// Every rule that applies to a registry.
    public static var rules: [any Rule] { BuiltInRules.all.map { $0.init() } + [AdapterValidationRule()] }

    /// The rules that judge where a file sits (`LocationRule`), by id: what a check without
    /// a path skips.
    public static var locationRuleIDs: [String] {
        rules.filter { $0 is any LocationRule }.map { type(of: $0).description.id }
    }

    /// Findings for `registry`, reporting only on the files in `only` when it is given
    /// (registry-wide rules still see every file).
    public static func diagnostics(_ registry: Registry, only: Set<String>? = nil) -> [Diagnostic] {
        Validator(rules: rules).validate(registry, only: only)
    }

    /// Loads the descriptors under `paths` and checks them with `rules`, each file checked
    /// and its tree dropped as soon as it is parsed (`Validator.loadAndValidate`): the same
    /// findings as `diagnostics(RegistryLoader().load(paths:))`, in a pass per file, the
    /// registry returned without trees. `oam validate` runs this.
    public static func loadAndCheck(paths: [String]) -> (registry: Registry, diagnostics: [Diagnostic]) {
        Validator(rules: rules).loadAndValidate(paths: paths)
    }

    /// Findings for `candidates` checked as if they were added to `context`, each replacing
    /// the context's file at the same path, as `--changed-since` checks a change: every rule
    /// on the candidates, and the registry-wide rules (unique ids and aliases, spec
    /// references) over the candidates together with the rest of the context. Registry-wide
    /// findings on other files are reported when the change causes them (an alias the
    /// candidate takes first is then a repeat in the later file, in path order), not those
    /// the context has without the candidates. `oam validate FILE…` with a registry and
    /// `POST /api/v1/validate` both run this. `locationKnown: false` skips the
    /// `LocationRule`s: the candidates' paths are placeholders, not where the files would sit.
    public static func diagnostics(of candidates: Registry, in context: Registry, locationKnown: Bool = true) -> [Diagnostic] {
        let replaced = StandardizedPathSet(candidates.files.map(\.path))
        let kept = context.files.filter { !replaced.contains($0.path) }
        // In path order, as a load of the folder lists them, so rules that report the later of
        // two files report what a full run would.
        let merged = Registry(files: (candidates.files + kept).sorted { $0.path < $1.path }, problems: candidates.problems)
        let only = Set(candidates.files.map(\.path)).union(candidates.problems.map(\.file))
        let applied = locationKnown ? rules : rules.filter { !($0 is any LocationRule) }
        // The registry without the candidates (a file on disk may be one already, as with
        // `oam validate FILE` inside the registry folder): what the change is measured from.
        let validator = Validator(rules: applied)
        let before = Set(validator.registryWideFindings(in: ValidationContext(registry: Registry(files: kept))))
        let checked = ValidationContext(registry: merged)
        // The registry-wide rules run once over the merged registry: their findings on the
        // candidates are reported as a full run would, those on other files when caused.
        let wide = validator.registryWideFindings(in: checked).filter { only.contains($0.file) || !before.contains($0) }
        return (validator.fileFindings(in: checked, only: only) + wide).sorted()
    }
}
