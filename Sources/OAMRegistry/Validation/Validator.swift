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

    /// `items.flatMap(transform)` on all cores for large inputs; the order of the result
    /// follows `items` whatever the timing.
    static func concurrentFlatMap<T: Sendable>(_ items: [T], _ transform: @Sendable (T) -> [Diagnostic]) -> [Diagnostic] {
        items.concurrentMap(serialBelow: 64, transform).flatMap { $0 }
    }
}
