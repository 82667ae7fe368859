import Dispatch
import OAMCore

/// Runs rules over a registry and collects their findings in a stable order.
public struct Validator: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = BuiltInRules.all.map { $0.init() }) {
        self.rules = rules
    }

    /// Every finding for `registry`, sorted by file and position. `only` restricts the
    /// per-file findings (registry-wide ones included) to the given paths, for checks of a
    /// change set.
    public func validate(_ registry: Registry, only paths: Set<String>? = nil) -> [Diagnostic] {
        let context = ValidationContext(registry: registry)
        var diagnostics = fileFindings(in: context, only: paths)
        for rule in rules {
            let found = rule.checkRegistry(context)
            diagnostics += paths.map { only in found.filter { only.contains($0.file) } } ?? found
        }
        return diagnostics.sorted()
    }

    /// The registry's load problems and the per-file rules' findings on the files in `only`
    /// (every file when it is nil), unsorted: `validate` without the registry-wide rules, for
    /// a caller that filters those findings its own way (`RegistryCheck` checking a change).
    public func fileFindings(in context: ValidationContext, only paths: Set<String>? = nil) -> [Diagnostic] {
        let files = context.registry.files.filter { paths?.contains($0.path) ?? true }
        return context.registry.problems
            + Self.concurrentFlatMap(files) { file in
                rules.flatMap { $0.check(file, in: context) }
            }
    }

    /// Loads the descriptors under `paths` and validates them in one pass per file: on the
    /// thread that parsed it, each file is checked by every rule that reads it alone, and its
    /// tree is dropped (`DescriptorFile.dropTree`); the `RegistryContextRule`s and the
    /// registry-wide checks run once all files are in. The findings are `validate`'s on the
    /// same files, in the same order; the registry's files come without their trees.
    ///
    /// Why: a whole registry's trees held at once were most of `oam validate`'s memory
    /// (233 MB for 10,000 descriptors), and a tree checked while it is still in cache costs
    /// less to read than one read back after every other file was parsed.
    public func loadAndValidate(paths: [String], with loader: RegistryLoader = RegistryLoader()) -> (
        registry: Registry, diagnostics: [Diagnostic]
    ) {
        let aloneRules = rulesReadingFilesAlone
        let (registry, found) = loader.load(paths: paths) { file in Self.checkAlone(&file, rules: aloneRules) }
        return (registry, findingsAfterLoad(registry, alone: found.flatMap { $0 }))
    }

    /// `validate(registry)` run as `loadAndValidate` runs: each file checked by the rules
    /// that read it alone, then its tree dropped, then the rest. The rule examples run this,
    /// so a rule that reads what this order does not give it fails them.
    public func validateDroppingTrees(_ registry: Registry) -> [Diagnostic] {
        let aloneRules = rulesReadingFilesAlone
        var kept: [DescriptorFile] = []
        var found: [Diagnostic] = []
        for var file in registry.files {
            found += Self.checkAlone(&file, rules: aloneRules)
            kept.append(file)
        }
        return findingsAfterLoad(Registry(files: kept, problems: registry.problems), alone: found)
    }

    /// Every rule but the `RegistryContextRule`s: those whose per-file check reads its file
    /// alone, tree included.
    private var rulesReadingFilesAlone: [any Rule] {
        rules.filter { !($0 is any RegistryContextRule) }
    }

    /// The findings of `rules` on `file` (rules that read their file alone, given a context
    /// without files), after which the file's tree is dropped.
    private static func checkAlone(_ file: inout DescriptorFile, rules: [any Rule]) -> [Diagnostic] {
        let found = rules.flatMap { $0.check(file, in: .withoutRegistry) }
        file.dropTree()
        return found
    }

    /// What follows the load pass: the registry's problems, the findings made during it
    /// (`alone`), the `RegistryContextRule`s on every file and every rule's registry-wide
    /// check, sorted.
    private func findingsAfterLoad(_ registry: Registry, alone: [Diagnostic]) -> [Diagnostic] {
        let context = ValidationContext(registry: registry)
        let contextRules = rules.filter { $0 is any RegistryContextRule }
        var diagnostics = registry.problems + alone
        diagnostics += Self.concurrentFlatMap(registry.files) { file in
            contextRules.flatMap { $0.check(file, in: context) }
        }
        for rule in rules { diagnostics += rule.checkRegistry(context) }
        return diagnostics.sorted()
    }

    /// `items.flatMap(transform)` on all cores for large inputs; the order of the result
    /// follows `items` whatever the timing.
    static func concurrentFlatMap<T: Sendable>(_ items: [T], _ transform: @Sendable (T) -> [Diagnostic]) -> [Diagnostic] {
        items.concurrentMap(serialBelow: 64, transform).flatMap { $0 }
    }
}
