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
        let wide = registryWideFindings(in: context).filter { paths?.contains($0.file) ?? true }
        return (fileFindings(in: context, only: paths) + wide).sorted()
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
    /// (234 MB for 10,000 descriptors; 153 MB with each tree dropped after its rules).
    public func loadAndValidate(paths: [String], with loader: RegistryLoader = RegistryLoader()) -> (
        registry: Registry, diagnostics: [Diagnostic]
    ) {
        let (alone, context) = partitionedRules
        let (registry, found) = loader.load(paths: paths) { file in Self.checkAlone(&file, rules: alone) }
        return (registry, findingsAfterLoad(registry, alone: found.flatMap { $0 }, contextRules: context))
    }

    /// `validate(registry)` run as `loadAndValidate` runs: each file checked by the rules
    /// that read it alone, then its tree dropped, then the rest. The rule examples run this,
    /// so a rule that reads what this order does not give it misses the findings its
    /// examples expect, in any example that depends on what it misread.
    public func validateDroppingTrees(_ registry: Registry) -> [Diagnostic] {
        let (alone, context) = partitionedRules
        var kept: [DescriptorFile] = []
        var found: [Diagnostic] = []
        for var file in registry.files {
            found += Self.checkAlone(&file, rules: alone)
            kept.append(file)
        }
        return findingsAfterLoad(Registry(files: kept, problems: registry.problems), alone: found, contextRules: context)
    }

    /// The rules whose per-file check reads its file alone, tree included (`alone`), and the
    /// `RegistryContextRule`s (`context`), which read the registry and never a tree.
    private var partitionedRules: (alone: [any Rule], context: [any Rule]) {
        (rules.filter { !($0 is any RegistryContextRule) }, rules.filter { $0 is any RegistryContextRule })
    }

    /// The findings of `rules` on `file` (rules that read their file alone, given a context
    /// without files), after which the file's tree is dropped.
    private static func checkAlone(_ file: inout DescriptorFile, rules: [any Rule]) -> [Diagnostic] {
        let found = rules.flatMap { $0.check(file, in: .withoutRegistry) }
        file.dropTree()
        return found
    }

    /// What follows the load pass: the registry's problems, the findings made during it
    /// (`alone`), `contextRules` on every file and every rule's registry-wide check, sorted.
    private func findingsAfterLoad(_ registry: Registry, alone: [Diagnostic], contextRules: [any Rule]) -> [Diagnostic] {
        let context = ValidationContext(registry: registry)
        let inContext = Self.concurrentFlatMap(registry.files) { file in
            contextRules.flatMap { $0.check(file, in: context) }
        }
        return (registry.problems + alone + inContext + registryWideFindings(in: context)).sorted()
    }

    /// Every rule's findings that need all files at once (`checkRegistry`), unsorted.
    public func registryWideFindings(in context: ValidationContext) -> [Diagnostic] {
        rules.flatMap { $0.checkRegistry(context) }
    }

    /// `items.flatMap(transform)` on all cores for large inputs; the order of the result
    /// follows `items` whatever the timing.
    static func concurrentFlatMap<T: Sendable>(_ items: [T], _ transform: @Sendable (T) -> [Diagnostic]) -> [Diagnostic] {
        items.concurrentMap(serialBelow: 64, transform).flatMap { $0 }
    }
}
